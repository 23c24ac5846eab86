implement ProgStatus;
include "sys.m";
	sys: Sys;
include "draw.m";
ProgStatus: module { init: fn(nil: ref Draw->Context, nil: list of string); };
state(pid: int): string
{
	fd := sys->open(sys->sprint("/prog/%d/status", pid), Sys->OREAD);
	if(fd == nil)
		return sys->sprint("none: %r");
	buf := array[256] of byte;
	n := sys->read(fd, buf, len buf);
	(nil, l) := sys->tokenize(string buf[0:n], " ");
	s := "";
	for(i := 0; l != nil; l = tl l){
		if(i != 0 && i != 3 && i != 5 && i != 2 && i != 1)
			s += " " + hd l;
		i++;
	}
	return s;
}
blocked(pidc: chan of int, c: chan of int) { pidc <-= sys->pctl(0, nil); <-c; }
sender(pidc: chan of int, c: chan of int) { pidc <-= sys->pctl(0, nil); c <-= 1; }
alter(pidc: chan of int, c: chan of int) { d := chan of int; pidc <-= sys->pctl(0, nil); alt { <-c => ; d <-= 2 => ; } }
napper(pidc: chan of int) { pidc <-= sys->pctl(0, nil); sys->sleep(200); }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	pidc := chan of int;
	c := chan of int;
	c2 := chan of int;
	c3 := chan of int;
	spawn blocked(pidc, c);
	b := <-pidc;
	spawn sender(pidc, c2);
	s := <-pidc;
	spawn alter(pidc, c3);
	a := <-pidc;
	spawn napper(pidc);
	n := <-pidc;
	sys->sleep(20);
	sys->print("me%s\n", state(sys->pctl(0, nil)));
	sys->print("recv%s\nsend%s\nalt%s\nnap%s\n", state(b), state(s), state(a), state(n));
	sys->print("%s\n", state(9999));
	c <-= 1; <-c2; c3 <-= 1;
}
