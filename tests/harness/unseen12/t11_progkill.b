implement ProgKill;

include "sys.m";
	sys: Sys;
include "draw.m";

ProgKill: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Pump: adt {
	name:	string;
	pid:	int;
	c:	chan of int;
	got:	int;
};

pumps: list of ref Pump;

fibpump(pidc: chan of int, c: chan of int)
{
	pidc <-= sys->pctl(0, nil);
	(a, b) := (0, 1);
	for(;;){
		c <-= a;
		(a, b) = (b, (a+b) % 1000);
	}
}

collatzpump(pidc: chan of int, c: chan of int)
{
	pidc <-= sys->pctl(0, nil);
	n := 27;
	for(;;){
		c <-= n;
		if(n == 1)
			n = 27;
		else if(n & 1)
			n = 3*n + 1;
		else
			n /= 2;
	}
}

squarepump(pidc: chan of int, c: chan of int)
{
	pidc <-= sys->pctl(0, nil);
	for(i := 1; ; i++)
		c <-= i*i;
}

start(name: string, f: ref fn(pidc: chan of int, c: chan of int))
{
	pidc := chan of int;
	c := chan of int;
	spawn f(pidc, c);
	pumps = ref Pump(name, <-pidc, c, 0) :: pumps;
}

find(name: string): ref Pump
{
	for(l := pumps; l != nil; l = tl l)
		if((hd l).name == name)
			return hd l;
	return nil;
}

ctl(pid: int, msg: string): int
{
	fd := sys->open(sys->sprint("/prog/%d/ctl", pid), Sys->OWRITE);
	if(fd == nil)
		return -1;
	return sys->fprint(fd, "%s", msg);
}

# fields of /prog/N/status: pid group user time state size module
status(pid: int): (int, string)
{
	fd := sys->open(sys->sprint("/prog/%d/status", pid), Sys->OREAD);
	if(fd == nil)
		return (-1, "gone");
	buf := array[256] of byte;
	n := sys->read(fd, buf, len buf);
	(nf, f) := sys->tokenize(string buf[0:n], " \t\n");
	if(nf < 7)
		return (-1, "short");
	grp := int hd tl f;
	for(; tl f != nil; f = tl f)
		;
	mod := hd f;
	for(i := 0; i < len mod; i++)
		if(mod[i] == '[')
			return (grp, mod[0:i]);
	return (grp, mod);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	mygrp := sys->pctl(Sys->NEWPGRP, nil);
	start("fib", fibpump);
	start("collatz", collatzpump);
	start("square", squarepump);

	order := array[] of {"fib", "collatz", "square"};
	for(k := 0; k < len order; k++){
		p := find(order[k]);
		sys->print("%-8s", p.name);
		for(i := 0; i < 8; i++){
			sys->print(" %d", <-p.c);
			p.got++;
		}
		(g, mod) := status(p.pid);
		same := "other group";
		if(g == mygrp)
			same = "my group";
		sys->print("   [%s, %s]\n", mod, same);
	}

	# kill them one at a time; a killed sender no longer offers a value
	for(k = 0; k < len order; k++){
		p := find(order[k]);
		r := ctl(p.pid, "kill");
		alt {
		v := <-p.c =>
			sys->print("%s still alive, sent %d\n", p.name, v);
		* =>
			sys->print("%s killed (ctl write %d bytes), silent now\n", p.name, r);
		}
	}
	for(k = 0; k < len order; k++){
		p := find(order[k]);
		sys->print("%s delivered %d values\n", p.name, p.got);
	}
	# a typo in the report list: find returns nil and p.got dereferences it
	report := array[] of {"fib", "colatz"};
	sum := 0;
	for(k = 0; k < len report; k++){
		p := find(report[k]);
		sum += p.got;
		sys->print("running sum after %s: %d\n", report[k], sum);
	}
}
