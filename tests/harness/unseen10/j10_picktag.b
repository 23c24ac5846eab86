implement PickTag;

include "sys.m";
	sys: Sys;
include "draw.m";

PickTag: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Shape: adt {
	name: string;
	pick {
	Circle =>
		r: real;
	Rect or Square =>
		w, h: int;
	Empty =>
	Poly =>
		pts: list of (int, int);
	}
};

area(s: ref Shape): real
{
	pick p := s {
	Circle =>
		return 3.0 * p.r * p.r;
	Rect or Square =>
		return real (p.w * p.h);
	Empty =>
		return 0.0;
	Poly =>
		return real len p.pts;
	}
	return -1.0;
}

kind(s: ref Shape): string
{
	case tagof s {
	tagof Shape.Circle =>
		return "circle";
	tagof Shape.Rect =>
		return "rect";
	tagof Shape.Square =>
		return "square";
	* =>
		return "other";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== tag values ==\n");
	sys->print("Circle=%d Rect=%d Square=%d Empty=%d Poly=%d\n",
		tagof Shape.Circle, tagof Shape.Rect, tagof Shape.Square,
		tagof Shape.Empty, tagof Shape.Poly);
	shapes := array[] of {
		ref Shape.Circle("c1", 2.0),
		ref Shape.Rect("r1", 3, 4),
		ref Shape.Square("s1", 5, 5),
		ref Shape.Empty("e1"),
		ref Shape.Poly("p1", (0, 0) :: (1, 0) :: (0, 1) :: nil),
	};
	sys->print("== dispatch ==\n");
	for(i := 0; i < len shapes; i++){
		s := shapes[i];
		sys->print("%s: tagof=%d kind=%s area=%g\n", s.name, tagof s, kind(s), area(s));
	}
	sys->print("== tag comparison ==\n");
	for(i = 0; i < len shapes; i++)
		for(j := i; j < len shapes; j++)
			if(tagof shapes[i] == tagof shapes[j] && i != j)
				sys->print("same tag %d %d\n", i, j);
	another := ref Shape.Rect("r2", 1, 1);
	sys->print("tagof r1 == tagof r2: %d\n", tagof shapes[1] == tagof another);
	sys->print("tagof rect == tagof square: %d\n", tagof shapes[1] == tagof shapes[2]);
	sys->print("== modify through pick ==\n");
	pick q := shapes[0] {
	Circle =>
		q.r = 10.0;
	}
	sys->print("c1 area now %g\n", area(shapes[0]));
	sys->print("== common field through base ref ==\n");
	shapes[3].name = "renamed";
	sys->print("name %s tag %d\n", shapes[3].name, tagof shapes[3]);
	sys->print("== pick value copy ==\n");
	sq := shapes[2];
	pick v := sq {
	Square =>
		cp := ref *v;
		cp.w = 100;
		sys->print("copy w=%d original w=%d\n", cp.w, v.w);
	}
}
