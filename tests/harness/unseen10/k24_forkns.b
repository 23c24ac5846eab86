implement Kforkns;

include "sys.m";
	sys: Sys;
include "draw.m";

Kforkns: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

ROOT: con "/tmp/k24_forkns";

Req: adt {
	op:	string;
	arg:	string;
	reply:	chan of string;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# keep the caller's namespace clean
	sys->pctl(Sys->FORKNS, nil);
	sys->create(ROOT, Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(ROOT+"/mnt", Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(ROOT+"/one", Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(ROOT+"/two", Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(ROOT+"/one/from-one", Sys->OWRITE, 8r644);
	sys->create(ROOT+"/two/from-two", Sys->OWRITE, 8r644);

	shared := chan of ref Req;
	private := chan of ref Req;
	ready := chan of int;
	spawn worker(shared, 0, ready);
	<-ready;
	spawn worker(private, 1, ready);
	<-ready;

	reply := chan of string;
	step("parent", "ls", "", nil, reply);
	step("shared", "bind", "one", shared, reply);
	step("parent", "ls", "", nil, reply);
	step("private", "ls", "", private, reply);
	step("private", "bind", "two", private, reply);
	step("private", "ls", "", private, reply);
	step("parent", "ls", "", nil, reply);
	step("shared", "ls", "", shared, reply);
	step("private", "unmount", "", private, reply);
	step("private", "ls", "", private, reply);
	step("parent", "ls", "", nil, reply);
	step("shared", "unmount", "", shared, reply);
	step("parent", "ls", "", nil, reply);

	shared <-= nil;
	private <-= nil;

	for(l := "/one/from-one" :: "/two/from-two" :: "/one" :: "/two" :: "/mnt" :: "" :: nil; l != nil; l = tl l)
		if(sys->remove(ROOT+hd l) < 0)
			sys->print("remove %s: %r\n", hd l);
}

step(who, op, arg: string, c: chan of ref Req, reply: chan of string)
{
	r: string;
	if(c == nil)
		r = doop(op, arg);
	else{
		c <-= ref Req(op, arg, reply);
		r = <-reply;
	}
	if(arg != "")
		op += " " + arg;
	sys->print("%-8s %-12s => %s\n", who, op, r);
}

worker(c: chan of ref Req, fork: int, ready: chan of int)
{
	if(fork)
		sys->pctl(Sys->FORKNS, nil);
	ready <-= 1;
	while((r := <-c) != nil)
		r.reply <-= doop(r.op, r.arg);
}

doop(op, arg: string): string
{
	case op {
	"bind" =>
		if(sys->bind(ROOT+"/"+arg, ROOT+"/mnt", Sys->MREPL) < 0)
			return sys->sprint("error: %r");
		return "ok";
	"unmount" =>
		if(sys->unmount(nil, ROOT+"/mnt") < 0)
			return sys->sprint("error: %r");
		return "ok";
	"ls" =>
		fd := sys->open(ROOT+"/mnt", Sys->OREAD);
		if(fd == nil)
			return sys->sprint("error: %r");
		s := "";
		for(;;){
			(n, d) := sys->dirread(fd);
			if(n <= 0)
				break;
			for(i := 0; i < n; i++)
				s += " " + d[i].name;
		}
		if(s == "")
			return "(empty)";
		return s[1:];
	}
	return "unknown op";
}
