#args: 12 4
implement LifeStrips;

include "sys.m";
	sys: Sys;
include "draw.m";

LifeStrips: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

ROWS: con 12;
COLS: con 20;

Job: adt {
	grid:	array of array of byte;
	lo, hi:	int;
};

Strip: adt {
	lo:	int;
	rows:	array of array of byte;
	pop:	int;
};

seed := array[] of {
	"....................",
	"..#.................",
	"...#................",
	".###................",
	"....................",
	"............###.....",
	"....................",
	"....................",
	"......##............",
	"......##........#...",
	"................#...",
	"................#...",
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	gens := 8;
	nworkers := 3;
	if(len argv > 1)
		gens = int hd tl argv;
	if(len argv > 2)
		nworkers = int hd tl tl argv;
	if(nworkers < 1 || nworkers > ROWS)
		nworkers = 1;

	grid := array[ROWS] of array of byte;
	for(r := 0; r < ROWS; r++){
		grid[r] = array[COLS] of {* => byte 0};
		for(c := 0; c < COLS; c++)
			if(seed[r][c] == '#')
				grid[r][c] = byte 1;
	}

	jobs := array[nworkers] of chan of ref Job;
	results := array[nworkers] of chan of ref Strip;
	for(w := 0; w < nworkers; w++){
		jobs[w] = chan of ref Job;
		results[w] = chan of ref Strip;
		spawn worker(jobs[w], results[w]);
	}

	show(0, grid, population(grid));
	for(g := 1; g <= gens; g++){
		for(w = 0; w < nworkers; w++)
			jobs[w] <-= ref Job(grid, w*ROWS/nworkers, (w+1)*ROWS/nworkers);
		next := array[ROWS] of array of byte;
		pop := 0;
		# collect in worker order, whatever order they finish in
		for(w = 0; w < nworkers; w++){
			s := <-results[w];
			next[s.lo:] = s.rows;
			pop += s.pop;
		}
		grid = next;
		if(g % 4 == 0 || g == gens)
			show(g, grid, pop);
		else
			sys->print("gen %d: population %d\n", g, pop);
	}
	for(w = 0; w < nworkers; w++)
		jobs[w] <-= nil;
	sys->print("%d workers retired\n", nworkers);
}

worker(jobs: chan of ref Job, results: chan of ref Strip)
{
	while((j := <-jobs) != nil){
		rows := array[j.hi - j.lo] of array of byte;
		pop := 0;
		for(r := j.lo; r < j.hi; r++){
			row := array[COLS] of byte;
			for(c := 0; c < COLS; c++){
				n := 0;
				for(dr := -1; dr <= 1; dr++)
					for(dc := -1; dc <= 1; dc++)
						if(dr != 0 || dc != 0)
							n += int j.grid[(r+dr+ROWS)%ROWS][(c+dc+COLS)%COLS];
				alive := int j.grid[r][c];
				if(n == 3 || (alive && n == 2)){
					row[c] = byte 1;
					pop++;
				}else
					row[c] = byte 0;
			}
			rows[r - j.lo] = row;
		}
		results <-= ref Strip(j.lo, rows, pop);
	}
}

population(g: array of array of byte): int
{
	n := 0;
	for(r := 0; r < len g; r++)
		for(c := 0; c < len g[r]; c++)
			n += int g[r][c];
	return n;
}

show(gen: int, g: array of array of byte, pop: int)
{
	sys->print("gen %d: population %d\n", gen, pop);
	for(r := 0; r < ROWS; r++){
		s := "";
		for(c := 0; c < COLS; c++)
			if(int g[r][c])
				s[len s] = '#';
			else
				s[len s] = '.';
		sys->print("  |%s|\n", s);
	}
}
