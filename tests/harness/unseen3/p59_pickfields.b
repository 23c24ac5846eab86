implement P59;
include "sys.m";
	sys: Sys;
include "draw.m";
P59: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Shape: adt {
	name: string;
	color: int;
	pick {
	Circle =>
		r: real;
	Rect =>
		w, h: real;
	Poly =>
		pts: array of (real, real);
	Empty =>
	}
	area: fn(s: self ref Shape): real;
	describe: fn(s: self ref Shape): string;
};

Shape.area(s: self ref Shape): real
{
	pick p := s {
	Circle => return 3.0 * p.r * p.r;
	Rect => return p.w * p.h;
	Poly =>
		a := 0.0;
		n := len p.pts;
		for(i := 0; i < n; i++){
			(x1, y1) := p.pts[i];
			(x2, y2) := p.pts[(i + 1) % n];
			a += x1 * y2 - x2 * y1;
		}
		if(a < 0.0)
			a = -a;
		return a / 2.0;
	Empty => return 0.0;
	}
	return -1.0;
}

Shape.describe(s: self ref Shape): string
{
	kind := "";
	case tagof s {
	tagof Shape.Circle => kind = "circle";
	tagof Shape.Rect => kind = "rect";
	tagof Shape.Poly => kind = "poly";
	* => kind = "empty";
	}
	return sys->sprint("%s(%s,#%06x) area=%g", kind, s.name, s.color, s.area());
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	shapes := array[] of {
		ref Shape.Circle("c1", 16rff0000, 2.0),
		ref Shape.Rect("r1", 16r00ff00, 3.0, 4.5),
		ref Shape.Poly("tri", 16r0000ff, array[] of {(0.0, 0.0), (4.0, 0.0), (0.0, 3.0)}),
		ref Shape.Empty("nothing", 0),
		ref Shape.Poly("none", 1, array[0] of (real, real)),
	};
	tot := 0.0;
	for(i := 0; i < len shapes; i++){
		sys->print("%s\n", shapes[i].describe());
		tot += shapes[i].area();
		shapes[i].color++;
	}
	sys->print("total %g\n", tot);
	sys->print("colors %x %x\n", shapes[0].color, shapes[3].color);
	pick r := shapes[1] {
	Rect =>
		r.w = 10.0;
		r.name = "wide";
	}
	sys->print("%s\n", shapes[1].describe());
}
