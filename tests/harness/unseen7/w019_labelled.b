implement Labelled;

include "sys.m";
	sys: Sys;
include "draw.m";

Labelled: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	grid := array[] of {
		array[] of {1, 4, 7, 0},
		array[] of {2, -5, 8, 3},
		array[] of {6, 9, -1, 2},
	};
	# find first negative
	fr := -1;
	fc := -1;
search:
	for(r := 0; r < len grid; r++){
		for(c := 0; c < len grid[r]; c++){
			if(grid[r][c] < 0){
				fr = r;
				fc = c;
				break search;
			}
		}
	}
	sys->print("first negative at %d,%d\n", fr, fc);
	# skip rows containing a zero
rows:
	for(r = 0; r < len grid; r++){
		for(c := 0; c < len grid[r]; c++)
			if(grid[r][c] == 0)
				continue rows;
		s := 0;
		for(c = 0; c < len grid[r]; c++)
			s += grid[r][c];
		sys->print("row %d sum %d\n", r, s);
	}
	# primes with labelled continue
	n := 0;
	out := "";
cand:
	for(i := 2; n < 10; i++){
		for(d := 2; d * d <= i; d++)
			if(i % d == 0)
				continue cand;
		out += " " + string i;
		n++;
	}
	sys->print("primes:%s\n", out);
	# while with labelled break
	k := 0;
outer:
	while(k < 100){
		j := 0;
		do{
			if(k * j == 12)
				break outer;
			j++;
		}while(j < 5);
		k++;
	}
	sys->print("k=%d\n", k);
}
