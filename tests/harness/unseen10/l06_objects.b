implement Objects;

include "sys.m";
	sys: Sys;
include "draw.m";

Objects: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Shape: adt {
	id: int;
	pick {
	Circle =>
		r: int;
	Rect =>
		w, h: int;
	Square =>
		side: int;
	Group =>
		parts: list of ref Shape;
	}
};

Method: adt {
	name: string;
	f: ref fn(s: ref Shape): int;
};

Class: adt {
	name: string;
	parent: cyclic ref Class;
	methods: list of Method;
	lookup: fn(c: self ref Class, m: string): ref fn(s: ref Shape): int;
};

Class.lookup(c: self ref Class, m: string): ref fn(s: ref Shape): int
{
	for(k := c; k != nil; k = k.parent)
		for(l := k.methods; l != nil; l = tl l)
			if((hd l).name == m)
				return (hd l).f;
	return nil;
}

classes: array of ref Class;	# indexed by tagof

send(s: ref Shape, m: string): int
{
	c := classes[tagof s];
	f := c.lookup(m);
	if(f == nil){
		sys->print("    %s#%d does not understand %s\n", c.name, s.id, m);
		return -1;
	}
	return f(s);
}

# methods; areas are scaled integers (pi ~ 3)
circarea(s: ref Shape): int { pick c := s { Circle => return 3 * c.r * c.r; } return 0; }
circperim(s: ref Shape): int { pick c := s { Circle => return 6 * c.r; } return 0; }
rectarea(s: ref Shape): int { pick r := s { Rect => return r.w * r.h; } return 0; }
rectperim(s: ref Shape): int { pick r := s { Rect => return 2 * (r.w + r.h); } return 0; }
sqarea(s: ref Shape): int { pick q := s { Square => return q.side * q.side; } return 0; }
sqperim(s: ref Shape): int { pick q := s { Square => return 4 * q.side; } return 0; }
sqdiag(s: ref Shape): int { pick q := s { Square => return q.side * 14 / 10; } return 0; }
grouparea(s: ref Shape): int
{
	t := 0;
	pick g := s {
	Group =>
		for(l := g.parts; l != nil; l = tl l)
			t += send(hd l, "area");
	}
	return t;
}
groupcount(s: ref Shape): int
{
	n := 0;
	pick g := s {
	Group =>
		for(l := g.parts; l != nil; l = tl l)
			n += send(hd l, "count");
	}
	return n;
}
one(nil: ref Shape): int { return 1; }
ident(s: ref Shape): int { return s.id; }

nextid := 100;
newid(): int { return nextid++; }

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	base := ref Class("Shape", nil, Method("count", one) :: Method("id", ident) :: nil);
	classes = array[4] of ref Class;
	classes[tagof Shape.Circle] = ref Class("Circle", base, Method("area", circarea) :: Method("perim", circperim) :: nil);
	classes[tagof Shape.Rect] = ref Class("Rect", base, Method("area", rectarea) :: Method("perim", rectperim) :: nil);
	# Square overrides area/perim but inherits from Rect's class chain for nothing else
	classes[tagof Shape.Square] = ref Class("Square", classes[tagof Shape.Rect],
		Method("area", sqarea) :: Method("perim", sqperim) :: Method("diag", sqdiag) :: nil);
	classes[tagof Shape.Group] = ref Class("Group", base, Method("area", grouparea) :: Method("count", groupcount) :: nil);

	c: ref Shape = ref Shape.Circle(newid(), 2);
	r: ref Shape = ref Shape.Rect(newid(), 3, 5);
	q: ref Shape = ref Shape.Square(newid(), 4);
	g1: ref Shape = ref Shape.Group(newid(), c :: q :: nil);
	g2: ref Shape = ref Shape.Group(newid(), r :: g1 :: ref Shape.Circle(newid(), 1) :: nil);
	shapes := array[] of {c, r, q, g1, g2};
	msgs := array[] of {"id", "area", "perim", "diag", "count"};
	for(i := 0; i < len shapes; i++){
		s := shapes[i];
		sys->print("%s tag=%d\n", classes[tagof s].name, tagof s);
		for(j := 0; j < len msgs; j++){
			v := send(s, msgs[j]);
			if(v >= 0)
				sys->print("    %s -> %d\n", msgs[j], v);
		}
	}
	# monkey-patch: give all shapes a perim via base class
	base.methods = Method("perim", one) :: base.methods;
	sys->print("group perim now %d\n", send(g2, "perim"));
	# modify a shape through a pick and resend
	pick cc := c {
	Circle =>
		cc.r = 10;
	}
	sys->print("g2 area after growing circle: %d\n", send(g2, "area"));
}
