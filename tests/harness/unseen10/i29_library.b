implement Library;

include "sys.m";
	sys: Sys;
include "draw.m";

Library: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

LOANDAYS: con 14;
FINE: con 25;		# cents per day late
MAXFINE: con 500;
MAXLOANS: con 2;

Book: adt {
	isbn:	string;
	title:	string;
	borrower:	string;
	due:	int;
	holds:	list of string;
};

Member: adt {
	name:	string;
	loans:	int;
	owed:	int;
};

books: array of ref Book;
members: array of ref Member;

book(isbn: string): ref Book
{
	for(i := 0; i < len books; i++)
		if(books[i].isbn == isbn)
			return books[i];
	raise "no such book " + isbn;
}

member(name: string): ref Member
{
	for(i := 0; i < len members; i++)
		if(members[i].name == name)
			return members[i];
	raise "lib:no such member " + name;
}

append(l: list of string, s: string): list of string
{
	if(l == nil)
		return s :: nil;
	return hd l :: append(tl l, s);
}

checkout(day: int, who, isbn: string)
{
	m := member(who);
	b := book(isbn);
	if(m.owed > 0)
		raise sys->sprint("lib:%s owes $%d.%02d", who, m.owed/100, m.owed%100);
	if(m.loans >= MAXLOANS)
		raise "lib:" + who + " already has " + string m.loans + " loans";
	if(b.borrower != nil){
		if(b.borrower == who)
			raise "lib:" + who + " already has it";
		b.holds = append(b.holds, who);
		sys->print("  out to %s until day %d; hold placed for %s\n", b.borrower, b.due, who);
		return;
	}
	if(b.holds != nil){
		if(hd b.holds != who)
			raise "lib:on hold for " + hd b.holds;
		b.holds = tl b.holds;
	}
	b.borrower = who;
	b.due = day + LOANDAYS;
	m.loans++;
	sys->print("  %s borrows \"%s\", due day %d\n", who, b.title, b.due);
}

checkin(day: int, isbn: string)
{
	b := book(isbn);
	if(b.borrower == nil)
		raise "lib:" + isbn + " is not checked out";
	m := member(b.borrower);
	m.loans--;
	late := day - b.due;
	if(late > 0){
		f := late * FINE;
		if(f > MAXFINE)
			f = MAXFINE;
		m.owed += f;
		sys->print("  \"%s\" returned %d day(s) late by %s: fine $%d.%02d\n", b.title, late, m.name, f/100, f%100);
	}else
		sys->print("  \"%s\" returned on time by %s\n", b.title, m.name);
	b.borrower = nil;
	if(b.holds != nil)
		sys->print("  notify %s: \"%s\" is waiting\n", hd b.holds, b.title);
}

pay(who: string, cents: int)
{
	m := member(who);
	if(cents > m.owed)
		cents = m.owed;
	m.owed -= cents;
	sys->print("  %s pays $%d.%02d, still owes $%d.%02d\n", who, cents/100, cents%100, m.owed/100, m.owed%100);
}

status(day: int)
{
	sys->print("status on day %d:\n", day);
	for(i := 0; i < len books; i++){
		b := books[i];
		s := "on shelf";
		if(b.borrower != nil){
			s = sys->sprint("%s, due %d", b.borrower, b.due);
			if(day > b.due)
				s += " OVERDUE";
		}
		n := 0;
		for(h := b.holds; h != nil; h = tl h)
			n++;
		sys->print("  %-4s %-28s %s", b.isbn, b.title, s);
		if(n > 0)
			sys->print(" (%d hold)", n);
		sys->print("\n");
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	books = array[] of {
		ref Book("B1", "The Limbo Programming Book", nil, 0, nil),
		ref Book("B2", "Plan 9 from User Space", nil, 0, nil),
		ref Book("B3", "Channels for Beginners", nil, 0, nil),
		ref Book("B4", "Styx in Depth", nil, 0, nil),
	};
	members = array[] of {
		ref Member("kim", 0, 0),
		ref Member("lou", 0, 0),
		ref Member("max", 0, 0),
	};
	script := array[] of {
		(1, "out", "kim", "B1"),
		(1, "out", "kim", "B2"),
		(2, "out", "kim", "B3"),
		(3, "out", "lou", "B1"),
		(4, "out", "max", "B1"),
		(5, "out", "zed", "B3"),
		(10, "in", "", "B2"),
		(20, "in", "", "B1"),
		(21, "out", "max", "B1"),
		(22, "out", "lou", "B1"),
		(22, "out", "kim", "B4"),
		(23, "pay", "kim", "100"),
		(23, "in", "", "B3"),
		(24, "out", "kim", "B4"),
		(40, "in", "", "B1"),
		(41, "out", "lou", "B4"),
		(42, "pay", "kim", "1000"),
		(43, "out", "kim", "B9"),
		(44, "out", "max", "B3"),
	};
	for(i := 0; i < len script; i++){
		(day, op, who, arg) := script[i];
		sys->print("day %2d: %s %s %s\n", day, op, who, arg);
		{
			case op {
			"out" =>	checkout(day, who, arg);
			"in" =>	checkin(day, arg);
			"pay" =>	pay(who, int arg);
			}
		} exception e {
		"lib:*" =>
			sys->print("  refused: %s\n", e[4:]);
		}
		if(day == 22 && op == "out" && who == "lou")
			status(day);
	}
	sys->print("not reached\n");
}
