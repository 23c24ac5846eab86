#args: add groceries add laundry add pay-taxes done 2 add dentist list rm 1 done 9 pri 3 list clear list
implement Todo;

include "sys.m";
	sys: Sys;
include "draw.m";

Todo: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

FILE: con "/tmp/i01_todo_list.txt";

Item: adt {
	done:	int;
	pri:	int;
	text:	string;
};

readall(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return "";
	s := "";
	buf := array[64] of byte;
	for(;;){
		n := sys->read(fd, buf, len buf);
		if(n <= 0)
			break;
		s += string buf[0:n];
	}
	return s;
}

loaditems(): array of ref Item
{
	(n, lines) := sys->tokenize(readall(FILE), "\n");
	items := array[n] of ref Item;
	i := 0;
	for(; lines != nil; lines = tl lines){
		(nf, f) := sys->tokenize(hd lines, "|");
		if(nf != 3)
			continue;
		d := int hd f;
		p := int hd tl f;
		items[i++] = ref Item(d, p, hd tl tl f);
	}
	return items[0:i];
}

save(items: array of ref Item)
{
	fd := sys->create(FILE, Sys->OWRITE, 8r644);
	if(fd == nil){
		sys->print("cannot create %s: %r\n", FILE);
		return;
	}
	for(i := 0; i < len items; i++){
		it := items[i];
		sys->fprint(fd, "%d|%d|%s\n", it.done, it.pri, it.text);
	}
}

show(items: array of ref Item)
{
	sys->print("--- todo (%d items) ---\n", len items);
	if(len items == 0)
		sys->print("  (nothing to do)\n");
	pending := 0;
	for(i := 0; i < len items; i++){
		it := items[i];
		mark := " ";
		if(it.done)
			mark = "x";
		else
			pending++;
		star := "";
		if(it.pri)
			star = " !";
		sys->print("  %2d [%s] %s%s\n", i+1, mark, it.text, star);
	}
	sys->print("  pending: %d\n", pending);
}

getindex(items: array of ref Item, s: string): int
{
	n := int s;
	if(n < 1 || n > len items){
		sys->print("no item %s (have %d)\n", s, len items);
		return -1;
	}
	return n-1;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	sys->remove(FILE);
	save(array[0] of ref Item);
	args = tl args;
	while(args != nil){
		cmd := hd args;
		args = tl args;
		items := loaditems();
		case cmd {
		"list" =>
			show(items);
		"clear" =>
			keep := array[len items] of ref Item;
			k := 0;
			for(i := 0; i < len items; i++)
				if(!items[i].done)
					keep[k++] = items[i];
			sys->print("cleared %d done item(s)\n", len items - k);
			save(keep[0:k]);
		"add" or "done" or "rm" or "pri" =>
			if(args == nil){
				sys->print("%s: missing argument\n", cmd);
				break;
			}
			a := hd args;
			args = tl args;
			if(cmd == "add"){
				n := array[len items + 1] of ref Item;
				n[0:] = items;
				n[len items] = ref Item(0, 0, a);
				save(n);
				sys->print("added #%d: %s\n", len n, a);
				break;
			}
			i := getindex(items, a);
			if(i < 0)
				break;
			case cmd {
			"done" =>
				items[i].done = 1;
				sys->print("completed: %s\n", items[i].text);
			"pri" =>
				items[i].pri = !items[i].pri;
				sys->print("priority toggled: %s\n", items[i].text);
			"rm" =>
				sys->print("removed: %s\n", items[i].text);
				n := array[len items - 1] of ref Item;
				n[0:] = items[0:i];
				n[i:] = items[i+1:];
				items = n;
			}
			save(items);
		* =>
			sys->print("unknown command %q\n", cmd);
		}
	}
	sys->remove(FILE);
	if(sys->open(FILE, Sys->OREAD) == nil)
		sys->print("state file removed\n");
}
