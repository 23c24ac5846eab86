implement ArrNested;

include "sys.m";
	sys: Sys;
include "draw.m";

ArrNested: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	m := array[3] of array of int;
	sys->print("rows nil %d %d\n", m[0] == nil, len m[2]);
	for(i := 0; i < len m; i++){
		m[i] = array[i + 1] of int;
		for(j := 0; j < len m[i]; j++)
			m[i][j] = i * 10 + j;
	}
	for(i = 0; i < len m; i++){
		for(j := 0; j < len m[i]; j++)
			sys->print(" %d", m[i][j]);
		sys->print(" |");
	}
	sys->print("\n");
	lit := array[] of {array[] of {1, 2}, array[] of {3}, nil, array[] of {4, 5, 6}};
	for(i = 0; i < len lit; i++)
		sys->print("row %d len %d\n", i, len lit[i]);
	row := lit[3];
	row[1] = 50;
	sys->print("alias %d\n", lit[3][1]);
	sub := lit[1:3];
	sub[0] = array[] of {33, 34};
	sys->print("via slice %d %d\n", len lit[1], lit[1][1]);
	lit[0][0:] = array[] of {8};
	sys->print("inner slice assign %d %d\n", lit[0][0], lit[0][1]);
	cube := array[2] of {* => array[2] of {* => array[2] of {* => 0}}};
	cube[0][1][1] = 7;
	cube[1][0][0] = 3;
	for(i = 0; i < 2; i++)
		for(j := 0; j < 2; j++)
			sys->print("%d%d: %d %d\n", i, j, cube[i][j][0], cube[i][j][1]);
	ss := array[] of {array[] of {"a", "b"}, array[] of {"c"}};
	sys->print("%s%s%s\n", ss[0][0], ss[0][1], ss[1][0]);
	grid := array[2] of array of string;
	grid[0] = array[2] of string;
	grid[0][1] = "x";
	grid[0][1] += "y";
	sys->print("grid %q %q\n", grid[0][0], grid[0][1]);
	grid[0][1][0] = 'Z';
	sys->print("grid char %s\n", grid[0][1]);
	{
		sys->print("%d\n", len grid[1][0]);
	} exception e {
	"*" =>
		sys->print("nil row: %s\n", e);
	}
	la := array[2] of list of array of int;
	la[0] = array[] of {1} :: array[] of {2, 3} :: nil;
	sys->print("list of arrays %d %d\n", len la[0], (hd tl la[0])[1]);
	ba := array[] of {array of byte "ab", array of byte "cde"};
	sys->print("bytes %s %s %d\n", string ba[0], string ba[1], int ba[1][2]);
}
