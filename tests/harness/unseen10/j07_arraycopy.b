implement ArrayCopy;

include "sys.m";
	sys: Sys;
include "draw.m";

ArrayCopy: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

show(tag: string, a: array of int)
{
	sys->print("%-14s len %2d [", tag, len a);
	for(i := 0; i < len a; i++){
		if(i)
			sys->print(" ");
		sys->print("%d", a[i]);
	}
	sys->print("]\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[10] of int;
	for(i := 0; i < len a; i++)
		a[i] = i * 10;
	show("a", a);
	sys->print("== slices share storage ==\n");
	s := a[2:5];
	show("s=a[2:5]", s);
	s[0] = -1;
	show("a after s[0]=-1", a);
	t := s[1:];
	t[1] = -2;
	show("a after t[1]=-2", a);
	sys->print("== a[i:] = b copies ==\n");
	b := array[] of {7, 8, 9};
	a[6:] = b;
	show("a[6:]=b", a);
	b[0] = 1000;
	show("a (b changed)", a);
	sys->print("== overlapping copy ==\n");
	c := array[8] of int;
	for(i = 0; i < len c; i++)
		c[i] = i;
	c[2:] = c[0:5];
	show("c[2:]=c[0:5]", c);
	for(i = 0; i < len c; i++)
		c[i] = i;
	c[0:] = c[3:];
	show("c[0:]=c[3:]", c);
	sys->print("== copy to full array, and empty copies ==\n");
	d := array[4] of {* => 5};
	show("d", d);
	d[0:] = array[] of {1, 2, 3, 4};
	show("d[0:]=...", d);
	d[4:] = array[0] of int;
	show("d[4:]=empty", d);
	e := d[4:];
	show("d[4:]", e);
	sys->print("== initialisers ==\n");
	f := array[6] of {0 => 1, 2 or 3 => 9, * => -3};
	show("f", f);
	g := array[] of {5 => 50, 1 => 10};
	show("g", g);
	sys->print("== array assignment is a reference ==\n");
	h := g;
	h[0] = 77;
	show("g after h[0]", g);
	sys->print("h == g: %d\n", h == g);
	sys->print("h[0:] == g: %d\n", h[0:] == g);
	sys->print("== copy too long raises ==\n");
	{
		d[2:] = array[] of {1, 2, 3};
		sys->print("no error?\n");
	} exception x {
	"array bounds error" =>
		sys->print("caught: %s\n", x);
	}
	sys->print("== array of string, array of array ==\n");
	names := array[] of {"x", "y", "z"};
	cp := array[len names] of string;
	cp[0:] = names;
	names[1] = "changed";
	sys->print("cp: %s %s %s\n", cp[0], cp[1], cp[2]);
	grid := array[3] of array of int;
	for(i = 0; i < 3; i++)
		grid[i] = array[i+1] of {* => i};
	for(i = 0; i < 3; i++)
		show("grid[" + string i + "]", grid[i]);
}
