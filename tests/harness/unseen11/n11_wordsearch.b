implement WordSearch;

include "sys.m";
	sys: Sys;
include "draw.m";

WordSearch: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

grid := array[] of {
	"LIMBOXQS",
	"ADISTYXP",
	"NQPLANRE",
	"ERIDOSHE",
	"GEMUMTAD",
	"RSTRINGA",
	"OMODULET",
	"FNIPICKA",
};

dirs := array[] of {
	(0, 1), (1, 0), (1, 1), (-1, 1), (0, -1), (-1, 0), (-1, -1), (1, -1),
};
dirnames := array[] of {"E", "S", "SE", "NE", "W", "N", "NW", "SW"};

Hit: adt {
	word:	string;
	row, col, dir:	int;
};

find(w: string): ref Hit
{
	n := len grid;
	# the label lets the innermost test abandon a direction or the whole search
	for(r := 0; r < n; r++)
		for(c := 0; c < len grid[r]; c++){
			if(grid[r][c] != w[0])
				continue;
		trydir:
			for(d := 0; d < len dirs; d++){
				(dr, dc) := dirs[d];
				for(k := 1; k < len w; k++){
					rr := r + k*dr;
					cc := c + k*dc;
					if(rr < 0 || rr >= n || cc < 0 || cc >= len grid[rr])
						continue trydir;
					if(grid[rr][cc] != w[k])
						continue trydir;
				}
				return ref Hit(w, r, c, d);
			}
		}
	return nil;
}

# first row (scanning top to bottom) with a repeated letter, using labelled break
firstrepeat(): (int, int)
{
	row := -1;
	ch := 0;
outer:
	for(r := 0; r < len grid; r++){
		s := grid[r];
		for(i := 0; i < len s; i++)
			for(j := i+1; j < len s; j++)
				if(s[i] == s[j]){
					row = r;
					ch = s[i];
					break outer;
				}
	}
	return (row, ch);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	words := array[] of {"LIMBO", "STYX", "DIS", "PLAN", "CHANNEL", "STRING", "MODULE",
		"PICK", "FORGE", "SPEED", "GRID", "EMU", "DATA", "TUPLE", "LANE", "NORMS", "DIRE"};
	used := array[len grid] of {* => array[len grid[0]] of {* => 0}};
	found := 0;
	for(i := 0; i < len words; i++){
		h := find(words[i]);
		if(h == nil){
			sys->print("%-8s not found\n", words[i]);
			continue;
		}
		found++;
		sys->print("%-8s at (%d,%d) going %s\n", h.word, h.row, h.col, dirnames[h.dir]);
		(dr, dc) := dirs[h.dir];
		for(k := 0; k < len h.word; k++)
			used[h.row+k*dr][h.col+k*dc]++;
	}
	sys->print("%d of %d words\n", found, len words);
	left := "";
	for(r := 0; r < len grid; r++){
		line := "";
		for(c := 0; c < len grid[r]; c++){
			if(used[r][c] == 0){
				left[len left] = grid[r][c];
				line[len line] = grid[r][c];
			}else if(used[r][c] > 1)
				line += "*";
			else
				line += ".";
		}
		sys->print("  %s\n", line);
	}
	sys->print("unused letters: %s\n", left);
	(row, ch) := firstrepeat();
	sys->print("first row with a repeat: %d (%c)\n", row, ch);
}
