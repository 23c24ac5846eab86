#args: -l 14 -f 5 out:ann:b2 out:bob:b2 out:cat:b2 out:ann:b1 out:ann:b3 out:ann:b4 day:+10 back:ann:b2 day:+20 back:bob:b2 back:ann:b1 out:dan:b9 back:cat:b4 renew:cat:b2 day:+3 out:ann:b1 report
implement Library;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
	arg: Arg;

Library: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Book: adt {
	id:	string;
	title:	string;
	copies:	int;
	out:	int;
	holds:	list of string;	# waiting members, oldest last
};

Loan: adt {
	book:	ref Book;
	who:	string;
	due:	int;
	renewed:	int;
};

Member: adt {
	name:	string;
	fines:	int;	# in cents
	maxloans:	int;
};

today := 1;
loanperiod := 21;
fineperday := 10;
books: array of ref Book;
members: list of ref Member;
loans: list of ref Loan;

findbook(id: string): ref Book
{
	for(i := 0; i < len books; i++)
		if(books[i].id == id)
			return books[i];
	raise "lib:no book " + id;
}

member(name: string): ref Member
{
	for(l := members; l != nil; l = tl l)
		if((hd l).name == name)
			return hd l;
	m := ref Member(name, 0, 3);
	members = m :: members;
	return m;
}

nloans(who: string): int
{
	n := 0;
	for(l := loans; l != nil; l = tl l)
		if((hd l).who == who)
			n++;
	return n;
}

lend(b: ref Book, who: string)
{
	b.out++;
	loans = ref Loan(b, who, today + loanperiod, 0) :: loans;
	sys->print("day %d: %s borrows \"%s\", due day %d\n", today, who, b.title, today + loanperiod);
}

checkout(who: string, b: ref Book)
{
	m := member(who);
	if(m.fines > 0)
		raise sys->sprint("lib:%s owes %d.%.2d", who, m.fines/100, m.fines%100);
	if(nloans(who) >= m.maxloans)
		raise "lib:" + who + " has too many loans";
	if(b.out >= b.copies){
		b.holds = who :: b.holds;
		sys->print("day %d: %s placed a hold on \"%s\" (%d waiting)\n", today, who, b.title, len b.holds);
		return;
	}
	lend(b, who);
}

takeloan(who: string, b: ref Book): ref Loan
{
	found: ref Loan;
	rest: list of ref Loan;
	for(l := loans; l != nil; l = tl l)
		if(found == nil && (hd l).who == who && (hd l).book == b)
			found = hd l;
		else
			rest = hd l :: rest;
	if(found == nil)
		raise "lib:" + who + " does not have " + b.id;
	loans = rest;
	return found;
}

giveback(who: string, b: ref Book)
{
	ln := takeloan(who, b);
	b.out--;
	late := today - ln.due;
	if(late > 0){
		fine := late * fineperday;
		member(who).fines += fine;
		sys->print("day %d: %s returns \"%s\" %d days late, fined %d cents\n", today, who, b.title, late, fine);
	}else
		sys->print("day %d: %s returns \"%s\"\n", today, who, b.title);
	if(b.holds != nil){
		# oldest hold is at the end of the list
		h: list of string;
		for(l := b.holds; tl l != nil; l = tl l)
			h = hd l :: h;
		next := hd l;
		b.holds = nil;
		for(; h != nil; h = tl h)
			b.holds = hd h :: b.holds;
		lend(b, next);
	}
}

renew(who: string, b: ref Book)
{
	ln := takeloan(who, b);
	loans = ln :: loans;
	if(b.holds != nil || ln.renewed)
		raise "lib:cannot renew " + b.id;
	ln.renewed = 1;
	ln.due += loanperiod;
	sys->print("day %d: %s renews \"%s\", now due day %d\n", today, who, b.title, ln.due);
}

report()
{
	sys->print("--- day %d report\n", today);
	for(i := 0; i < len books; i++){
		b := books[i];
		sys->print("%s %-22s %d/%d out, %d holds\n", b.id, b.title, b.out, b.copies, len b.holds);
	}
	for(l := loans; l != nil; l = tl l){
		ln := hd l;
		flag := "";
		if(ln.due < today)
			flag = " OVERDUE";
		sys->print("  loan %s %s due %d%s\n", ln.who, ln.book.id, ln.due, flag);
	}
	for(m := members; m != nil; m = tl m)
		if((hd m).fines > 0)
			sys->print("  %s owes %d cents\n", (hd m).name, (hd m).fines);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	arg = load Arg Arg->PATH;
	arg->init(argv);
	while((o := arg->opt()) != 0)
		case o {
		'l' =>	loanperiod = int arg->earg();
		'f' =>	fineperday = int arg->earg();
		* =>	arg->usage();
		}
	books = array[] of {
		ref Book("b1", "The Limbo Programmer", 1, 0, nil),
		ref Book("b2", "Inferno Internals", 1, 0, nil),
		ref Book("b3", "Styx in Practice", 2, 0, nil),
		ref Book("b4", "Dis Virtual Machine", 1, 0, nil),
	};
	for(args := arg->argv(); args != nil; args = tl args){
		(n, f) := sys->tokenize(hd args, ":");
		{
			case hd f {
			"out" or "back" or "renew" =>
				if(n != 3)
					raise "lib:bad command " + hd args;
				b := findbook(hd tl tl f);
				case hd f {
				"out" =>	checkout(hd tl f, b);
				"back" =>	giveback(hd tl f, b);
				"renew" =>	renew(hd tl f, b);
				}
			"day" =>	today += int hd tl f;
			"report" =>	report();
			* =>	raise "lib:unknown command " + hd f;
			}
		} exception e {
		"lib:*" =>
			sys->fprint(sys->fildes(2), "day %d: refused: %s\n", today, e[4:]);
		}
	}
}
