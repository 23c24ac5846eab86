implement Todo;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

Todo: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

DB: con "/tmp/r_todo.db";

Task: adt {
	id:	int;
	pri:	int;
	done:	int;
	text:	string;
	tags:	list of string;
};

# each line is one invocation of the tool; state lives only in DB
SCRIPT := array[] of {
	"add 2 'buy milk' home",
	"add 1 'fix the leaking tap' home urgent",
	"add 3 'write report' work",
	"add 1 'call the bank' urgent",
	"list",
	"done 2",
	"done 9",
	"add x 'bad priority'",
	"tag urgent",
	"pri 3 1",
	"list",
	"purge",
	"list",
};

loaddb(): (list of ref Task, int)
{
	b := bufio->open(DB, Bufio->OREAD);
	if(b == nil)
		return (nil, 1);
	tasks: list of ref Task;
	next := 1;
	while((line := b.gets('\n')) != nil){
		f := str->unquoted(line);
		if(len f < 4)
			continue;
		t := ref Task(int hd f, int hd tl f, int hd tl tl f, hd tl tl tl f, tl tl tl tl f);
		tasks = t :: tasks;
		if(t.id >= next)
			next = t.id + 1;
	}
	b.close();
	return (tasks, next);
}

savedb(tasks: list of ref Task)
{
	b := bufio->create(DB, Bufio->OWRITE, 8r600);
	for(; tasks != nil; tasks = tl tasks){
		t := hd tasks;
		f := string t.id :: string t.pri :: string t.done :: t.text :: t.tags;
		b.puts(str->quoted(f) + "\n");
	}
	b.close();
}

sorted(tasks: list of ref Task): array of ref Task
{
	a := array[len tasks] of ref Task;
	for(i := 0; tasks != nil; tasks = tl tasks)
		a[i++] = hd tasks;
	for(i = 1; i < len a; i++){
		t := a[i];
		for(j := i; j > 0 && (a[j-1].pri > t.pri || a[j-1].pri == t.pri && a[j-1].id > t.id); j--)
			a[j] = a[j-1];
		a[j] = t;
	}
	return a;
}

find(tasks: list of ref Task, id: int): ref Task
{
	for(; tasks != nil; tasks = tl tasks)
		if((hd tasks).id == id)
			return hd tasks;
	return nil;
}

hastag(t: ref Task, tag: string): int
{
	for(l := t.tags; l != nil; l = tl l)
		if(hd l == tag)
			return 1;
	return 0;
}

show(t: ref Task)
{
	mark := " ";
	if(t.done)
		mark = "x";
	tags := "";
	for(l := t.tags; l != nil; l = tl l)
		tags += " #" + hd l;
	sys->print("  [%s] %d (p%d) %s%s\n", mark, t.id, t.pri, t.text, tags);
}

number(s: string): int
{
	(n, rest) := str->toint(s, 10);
	if(rest != nil || s == nil)
		raise "usage:not a number: " + s;
	return n;
}

command(args: list of string)
{
	(tasks, next) := loaddb();
	case hd args {
	"add" =>
		if(len args < 3)
			raise "usage:add pri text [tag ...]";
		tasks = ref Task(next, number(hd tl args), 0, hd tl tl args, tl tl tl args) :: tasks;
		sys->print("added %d\n", next);
	"done" or "pri" =>
		if(tl args == nil)
			raise "usage:" + hd args + " id";
		t := find(tasks, number(hd tl args));
		if(t == nil)
			raise "usage:no task " + hd tl args;
		if(hd args == "done")
			t.done = 1;
		else if(tl tl args != nil)
			t.pri = number(hd tl tl args);
	"list" or "tag" =>
		a := sorted(tasks);
		for(i := 0; i < len a; i++)
			if(hd args == "list" || tl args != nil && hastag(a[i], hd tl args))
				show(a[i]);
	"purge" =>
		keep: list of ref Task;
		for(; tasks != nil; tasks = tl tasks)
			if(!(hd tasks).done)
				keep = hd tasks :: keep;
			else
				sys->print("purged %d\n", (hd tasks).id);
		tasks = keep;
	* =>
		raise "usage:unknown command " + hd args;
	}
	savedb(tasks);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;

	sys->remove(DB);
	for(i := 0; i < len SCRIPT; i++){
		sys->print("$ todo %s\n", SCRIPT[i]);
		{
			command(str->unquoted(SCRIPT[i]));
		} exception e {
		"usage:*" =>
			sys->fprint(sys->fildes(2), "todo: %s\n", e[6:]);
		}
	}
	(nil, n) := sys->stat(DB);
	sys->print("database is %bd bytes\n", n.length);
	sys->remove(DB);
}
