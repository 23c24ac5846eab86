implement Sheet;

include "sys.m";
	sys: Sys;
include "draw.m";

Sheet: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Rows: con 4;
Cols: con 4;

Cell: adt {
	pick {
	Empty =>
	Num =>	v:	int;
	Text =>	s:	string;
	Sum or Avg =>	r0, c0, r1, c1:	int;	# an inclusive rectangle
	Ref =>	r, c:	int;
	}
};

grid: array of array of ref Cell;
state: array of array of int;	# 0 new, 1 evaluating, 2 done
cache: array of array of int;

name(r, c: int): string
{
	return sys->sprint("%c%d", 'A'+c, r+1);
}

value(r, c: int): int
{
	case state[r][c] {
	1 =>	raise "cycle:" + name(r, c);
	2 =>	return cache[r][c];
	}
	state[r][c] = 1;
	v := 0;
	pick x := grid[r][c] {
	Num =>	v = x.v;
	Ref =>	v = value(x.r, x.c);
	Sum =>	(v, nil) = total(x.r0, x.c0, x.r1, x.c1);
	Avg =>
		(s, n) := total(x.r0, x.c0, x.r1, x.c1);
		if(n == 0)
			raise "empty:" + name(r, c);
		v = s / n;
	}
	state[r][c] = 2;
	cache[r][c] = v;
	return v;
}

# sum the numeric cells of a rectangle, and count them
total(r0, c0, r1, c1: int): (int, int)
{
	(s, n) := (0, 0);
	for(r := r0; r <= r1; r++)
		for(c := c0; c <= c1; c++){
			case tagof grid[r][c] {
			tagof Cell.Empty or tagof Cell.Text =>
				continue;
			}
			s += value(r, c);
			n++;
		}
	return (s, n);
}

reset()
{
	state = array[Rows] of {* => array[Cols] of {* => 0}};
	cache = array[Rows] of {* => array[Cols] of {* => 0}};
}

display(title: string)
{
	reset();
	sys->print("%s\n    ", title);
	for(c := 0; c < Cols; c++)
		sys->print("%8c", 'A'+c);
	sys->print("\n");
	for(r := 0; r < Rows; r++){
		sys->print("%4d", r+1);
		for(c = 0; c < Cols; c++){
			s: string;
			pick x := grid[r][c] {
			Empty =>	s = "";
			Text =>	s = x.s;
			* =>
				{
					s = string value(r, c);
				} exception e {
				"cycle:*" =>
					s = "#CYC";
					reset();
				"empty:*" =>
					s = "#DIV0";
					state[r][c] = 0;
				}
			}
			sys->print("%8s", s);
		}
		sys->print("\n");
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	grid = array[Rows] of array of ref Cell;
	empty: ref Cell = ref Cell.Empty;	# one shared immutable cell
	for(r := 0; r < Rows; r++)
		grid[r] = array[Cols] of {* => empty};
	grid[0][0] = ref Cell.Text("apples");
	grid[0][1] = ref Cell.Num(12);
	grid[1][0] = ref Cell.Text("pears");
	grid[1][1] = ref Cell.Num(30);
	grid[2][0] = ref Cell.Text("plums");
	grid[2][1] = ref Cell.Num(9);
	grid[3][0] = ref Cell.Text("total");
	grid[3][1] = ref Cell.Sum(0, 1, 2, 1);
	grid[0][2] = ref Cell.Ref(3, 1);
	grid[1][2] = ref Cell.Avg(0, 1, 2, 1);
	grid[2][2] = ref Cell.Sum(0, 0, 2, 1);
	display("initial");

	grid[1][1] = ref Cell.Ref(2, 2);	# now B2 depends on C3, which sums B2
	display("with a cycle");

	grid[1][1] = ref Cell.Num(-5);
	grid[3][3] = ref Cell.Avg(0, 3, 2, 3);	# average of nothing
	display("average of an empty column");

	grid[3][2] = ref Cell.Ref(1, Cols);	# E2 is off the sheet
	display("reference off the sheet");
}
