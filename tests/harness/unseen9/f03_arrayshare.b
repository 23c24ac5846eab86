implement ArrayShare;

include "sys.m";
	sys: Sys;
include "draw.m";

ArrayShare: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

dump(tag: string, g: array of array of int)
{
	sys->print("%s:", tag);
	for(i := 0; i < len g; i++){
		sys->print(" [");
		for(j := 0; j < len g[i]; j++){
			if(j > 0)
				sys->print(",");
			sys->print("%d", g[i][j]);
		}
		sys->print("]");
	}
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	g := array[4] of array of int;
	for(i := 0; i < len g; i++){
		g[i] = array[i+1] of int;
		for(j := 0; j < len g[i]; j++)
			g[i][j] = 10*i + j;
	}
	dump("g", g);
	h := g[1:3];
	h[0][0] = 99;		# shares inner array with g[1]
	dump("g after h[0][0]=99", g);
	h[1] = array[] of {7, 7};	# replaces slot; g[2] is the same slot
	dump("g after h[1]=new", g);
	row := g[3];
	row[3] = -3;
	dump("g after row[3]=-3", g);
	# copying outer array with slice assignment copies references only
	k := array[len g] of array of int;
	k[0:] = g;
	k[0][0] = 1000;
	k[1] = nil;
	dump("g", g);
	sys->print("k[1]==nil %d len k[1] %d\n", k[1] == nil, len k[1]);
	# deep copy
	d := array[len g] of array of int;
	for(i = 0; i < len g; i++){
		d[i] = array[len g[i]] of int;
		d[i][0:] = g[i];
	}
	d[3][0] = 555;
	dump("d", d);
	dump("g", g);
	# same array referenced twice
	shared := array[] of {1, 2};
	two := array[] of {shared, shared};
	two[0][1] = 42;
	dump("two", two);
	sys->print("same? %d\n", two[0] == two[1]);
}
