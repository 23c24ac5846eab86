implement Sudoku;

include "sys.m";
	sys: Sys;
include "draw.m";

Sudoku: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

puzzle := array[] of {
	"53..7....",
	"6..195...",
	".98....6.",
	"8...6...3",
	"4..8.3..1",
	"7...2...6",
	".6....28.",
	"...419..5",
	"....8..79",
};

grid: array of array of int;
steps := 0;

ok(r, c, v: int): int
{
	for(i := 0; i < 9; i++)
		if(grid[r][i] == v || grid[i][c] == v)
			return 0;
	br := (r/3)*3;
	bc := (c/3)*3;
	for(i = br; i < br+3; i++)
		for(j := bc; j < bc+3; j++)
			if(grid[i][j] == v)
				return 0;
	return 1;
}

solve(pos: int): int
{
	steps++;
	if(pos == 81)
		return 1;
	r := pos / 9;
	c := pos % 9;
	if(grid[r][c] != 0)
		return solve(pos+1);
	for(v := 1; v <= 9; v++){
		if(ok(r, c, v)){
			grid[r][c] = v;
			if(solve(pos+1))
				return 1;
			grid[r][c] = 0;
		}
	}
	return 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	grid = array[9] of array of int;
	given := 0;
	for(r := 0; r < 9; r++){
		grid[r] = array[9] of {* => 0};
		row := puzzle[r];
		for(c := 0; c < len row; c++)
			case row[c] {
			'1' to '9' =>
				grid[r][c] = row[c] - '0';
				given++;
			'.' =>
				;
			* =>
				raise "bad puzzle char";
			}
	}
	sys->print("given cells: %d\n", given);
	if(!solve(0)){
		sys->print("no solution\n");
		return;
	}
	for(r = 0; r < 9; r++){
		if(r > 0 && r % 3 == 0)
			sys->print("------+-------+------\n");
		s := "";
		for(c := 0; c < 9; c++){
			if(c > 0 && c % 3 == 0)
				s += " |";
			if(c > 0)
				s += " ";
			s += string grid[r][c];
		}
		sys->print("%s\n", s);
	}
	sum := 0;
	for(r = 0; r < 9; r++)
		sum += grid[r][r];
	sys->print("diagonal sum %d, search calls %d\n", sum, steps);
}
