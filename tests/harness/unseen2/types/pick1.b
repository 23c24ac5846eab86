# exercises pick adts, tagof, pick statement with multiple tags and wildcard
implement Pick1;
include "sys.m";
include "draw.m";
sys: Sys;
Pick1: module { init: fn(nil: ref Draw->Context, nil: list of string); };
Shape: adt {
	name: string;
	pick {
	Circle => r: real;
	Rect or Square => w, h: real;
	Tri => a, b, c: real;
	}
	area: fn(s: self ref Shape): real;
};
Shape.area(s: self ref Shape): real
{
	pick t := s {
	Circle => return 3.0 * t.r * t.r;
	Rect or Square => return t.w * t.h;
	* => return -1.0;
	}
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	l := array[] of {
		ref Shape.Circle("c", 2.0),
		ref Shape.Rect("r", 2.0, 3.5),
		ref Shape.Square("s", 4.0, 4.0),
		ref Shape.Tri("t", 3.0, 4.0, 5.0),
	};
	for(i := 0; i < len l; i++){
		s := l[i];
		sys->print("%s tag=%d area=%g\n", s.name, tagof s, s.area());
		pick x := s {
		Tri => sys->print(" tri %g\n", x.a + x.b + x.c);
		Square => sys->print(" square\n");
		}
	}
	sys->print("%d %d\n", tagof Shape.Tri, tagof Shape.Circle);
	c := ref Shape.Circle("z", 1.0);
	c.r = 5.0; c.name = "zz";
	s: ref Shape = c;
	sys->print("%s %g\n", s.name, s.area());
	pick y := s { Circle => y.r = 0.5; }
	sys->print("%g\n", c.r);
}
