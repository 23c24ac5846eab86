implement Pipeline;

include "sys.m";
	sys: Sys;
include "draw.m";

Pipeline: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Msg: adt {
	pick {
	Data =>
		line:	string;
		n:	int;
	Err =>
		what:	string;
	End =>
		count:	int;
	}
};

# stage 1: read lines from a file and send them
reader(name: string, out: chan of ref Msg)
{
	fd := sys->open(name, Sys->OREAD);
	if(fd == nil){
		out <-= ref Msg.Err("open " + name);
		out <-= ref Msg.End(0);
		return;
	}
	buf := array[256] of byte;
	n := sys->read(fd, buf, len buf);
	(nil, lines) := sys->tokenize(string buf[0:n], "\n");
	c := 0;
	for(; lines != nil; lines = tl lines)
		out <-= ref Msg.Data(hd lines, c++);
	out <-= ref Msg.End(c);
}

# stage 2: parse numbers, turn bad ones into Err messages
parser(in, out: chan of ref Msg)
{
	for(;;){
		m := <-in;
		pick d := m {
		Data =>
			{
				v := checked(d.line);
				out <-= ref Msg.Data(d.line, v);
			}exception e{
			"bad number*" =>
				out <-= ref Msg.Err(sys->sprint("line %d: %s", d.n+1, e));
			}
		Err =>
			out <-= m;
		End =>
			out <-= m;
			return;
		}
	}
}

checked(s: string): int
{
	if(s == nil)
		raise "bad number: empty";
	for(i := 0; i < len s; i++)
		if((s[i] < '0' || s[i] > '9') && !(i == 0 && s[i] == '-'))
			raise "bad number: " + s;
	return int s;
}

# stage 3: accumulate and report back on a result channel
summer(in: chan of ref Msg, result: chan of (int, int, list of string))
{
	sum := 0;
	n := 0;
	errs: list of string;
	for(;;){
		pick m := <-in {
		Data =>
			sum += m.n;
			n++;
		Err =>
			errs = m.what :: errs;
		End =>
			result <-= (sum, n, errs);
			return;
		}
	}
}

run(name: string)
{
	c1 := chan of ref Msg;
	c2 := chan of ref Msg;
	res := chan of (int, int, list of string);
	spawn reader(name, c1);
	spawn parser(c1, c2);
	spawn summer(c2, res);
	(sum, n, errs) := <-res;
	sys->print("%s: %d numbers, sum %d, %d errors\n", name, n, sum, len errs);
	r: list of string;
	for(; errs != nil; errs = tl errs)
		r = hd errs :: r;
	for(; r != nil; r = tl r)
		sys->print("  %s\n", hd r);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create("/tmp/r041.a", Sys->OWRITE, 8r644);
	sys->fprint(fd, "10\n20\nthirty\n-5\n4x\n100\n");
	fd = sys->create("/tmp/r041.b", Sys->OWRITE, 8r644);
	sys->fprint(fd, "1\n2\n3\n");
	fd = nil;
	run("/tmp/r041.a");
	run("/tmp/r041.b");
	run("/tmp/r041.none");
	# buffered channel as a bounded queue
	q := chan[3] of int;
	for(i := 1; i <= 3; i++)
		q <-= i*11;
	s := 0;
	for(i = 0; i < 3; i++)
		s += <-q;
	sys->print("buffered sum %d\n", s);
	# alt with one ready channel and one empty one
	ready := chan[1] of string;
	ready <-= "go";
	never := chan[1] of string;
	alt {
	v := <-ready =>
		sys->print("alt got %s\n", v);
	v := <-never =>
		sys->print("impossible %s\n", v);
	}
}
