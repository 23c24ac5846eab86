implement P13b;

include "sys.m";
	sys: Sys;
include "draw.m";

P13b: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Shape: adt {
	name: string;
	pick {
	Circle =>
		r: real;
	Rect =>
		w, h: real;
	Square or Dot =>
		side: int;
	}
	area: fn(s: self ref Shape): real;
};

Shape.area(s: self ref Shape): real
{
	pick p := s {
	Circle =>
		return 3.0 * p.r * p.r;
	Rect =>
		return p.w * p.h;
	Square =>
		return real (p.side * p.side);
	Dot =>
		return 0.0;
	}
	return -1.0;
}

match(e: string): string
{
	{
		raise e;
	} exception x {
	"a*" =>
		return "a* got " + x;
	"ab*" =>
		return "ab* got " + x;
	"abc" =>
		return "exact abc";
	"*" =>
		return "star-string " + x;
	}
	return "none";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	shapes := array[] of {
		ref Shape.Circle("c", 1.5),
		ref Shape.Rect("r", 2.0, 3.5),
		ref Shape.Square("s", 4),
		ref Shape.Dot("d", 0),
	};
	for(i := 0; i < len shapes; i++){
		s := shapes[i];
		sys->print("%s tag=%d area=%g\n", s.name, tagof s, s.area());
	}
	sys->print("%d %d %d %d\n", tagof Shape.Circle, tagof Shape.Rect, tagof Shape.Square, tagof Shape.Dot);
	l: list of ref Shape;
	for(i = 0; i < len shapes; i++)
		l = shapes[i] :: l;
	for(; l != nil; l = tl l){
		pick q := hd l {
		Rect =>
			sys->print("rect %g x %g\n", q.w, q.h);
		Circle or Dot =>
			sys->print("round-ish %s\n", q.name);
		* =>
			sys->print("other %s\n", q.name);
		}
	}
	c := ref Shape.Circle("cc", 2.0);
	c.r = 0.5;
	sh: ref Shape = c;
	sys->print("%g %s\n", sh.area(), sh.name);
	sys->print("%s\n", match("abc"));
	sys->print("%s\n", match("abd"));
	sys->print("%s\n", match("axe"));
	sys->print("%s\n", match("zzz"));
}
