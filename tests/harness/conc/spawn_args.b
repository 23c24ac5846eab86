implement SpawnArgs;

# Spawned functions take arguments of every type; each reports what it got
# (and what it changed) through a channel; main does all the printing.

include "sys.m";
	sys: Sys;
include "draw.m";

SpawnArgs: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Pt: adt {
	x, y: int;
	name: string;
};

Shape: adt {
	pick {
	Circle =>
		r: int;
	Rect =>
		w, h: int;
	}
};

out: chan of string;

fint(a: int, b: byte, c: big, d: real)
{
	b++;
	out <-= sys->sprint("int %d byte %d big %bd real %g", a, int b, c, d);
}

fstr(s: string, l: list of string, e: string)
{
	n := 0;
	for(t := l; t != nil; t = tl t)
		n++;
	out <-= sys->sprint("string %s len %d list %d head %s nil %d", s, len s, n, hd l, e == nil);
}

farr(a: array of int, b: array of byte, z: array of int)
{
	a[0] = 99;
	t := 0;
	for(i := 0; i < len a; i++)
		t += a[i];
	out <-= sys->sprint("array %d sum %d bytes %s nil %d", len a, t, string b, z == nil);
}

ftup(t: (int, string, real))
{
	(i, s, r) := t;
	out <-= sys->sprint("tuple %d %s %g", i, s, r);
}

fadt(p: Pt, q: ref Pt)
{
	p.x = 1000;
	q.x = 2000;
	out <-= sys->sprint("adt %d %d %s ref %d %d %s", p.x, p.y, p.name, q.x, q.y, q.name);
}

fpick(s: ref Shape)
{
	pick v := s {
	Circle =>
		out <-= sys->sprint("pick circle %d", v.r);
	Rect =>
		out <-= sys->sprint("pick rect %dx%d", v.w, v.h);
	}
}

fchan(c: chan of int, d: chan of string)
{
	v := <-c;
	d <-= "got " + string v;
	out <-= sys->sprint("chan %d", v);
}

ffn(f: ref fn(x: int): int, x: int)
{
	out <-= sys->sprint("fn ref %d", f(x));
}

fmod(s: Sys)
{
	out <-= s->sprint("module %d", s != nil);
}

twice(x: int): int
{
	return 2*x;
}

fmany(a, b, c, d, e, f, g, h, i, j: int)
{
	out <-= sys->sprint("ten %d", a+b*2+c*3+d*4+e*5+f*6+g*7+h*8+i*9+j*10);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	out = chan of string;

	spawn fint(-7, byte 255, big 1 << 40, 2.5);
	sys->print("%s\n", <-out);
	spawn fstr("héllo", "a" :: "b" :: "c" :: nil, nil);
	sys->print("%s\n", <-out);
	a := array[] of {1, 2, 3};
	spawn farr(a, array of byte "bytes", nil);
	sys->print("%s\n", <-out);
	sys->print("caller sees a[0]=%d\n", a[0]);
	spawn ftup((5, "five", 0.5));
	sys->print("%s\n", <-out);
	p := Pt(1, 2, "p");
	q := ref Pt(3, 4, "q");
	spawn fadt(p, q);
	sys->print("%s\n", <-out);
	sys->print("caller sees p.x=%d q.x=%d\n", p.x, q.x);
	spawn fpick(ref Shape.Circle(3));
	sys->print("%s\n", <-out);
	spawn fpick(ref Shape.Rect(4, 5));
	sys->print("%s\n", <-out);
	c := chan of int;
	d := chan of string;
	spawn fchan(c, d);
	c <-= 42;
	sys->print("%s\n", <-d);
	sys->print("%s\n", <-out);
	spawn ffn(twice, 21);
	sys->print("%s\n", <-out);
	spawn fmod(sys);
	sys->print("%s\n", <-out);
	spawn fmany(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
	sys->print("%s\n", <-out);
	# arguments are evaluated by the spawner, before the thread runs
	i := 1;
	spawn fint(i++, byte i++, big i++, real i++);
	i = 100;
	sys->print("%s\n", <-out);
}
