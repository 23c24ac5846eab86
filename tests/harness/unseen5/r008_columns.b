implement Columns;

include "sys.m";
	sys: Sys;
include "draw.m";

Columns: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

LEFT, RIGHT, CENTRE: con iota;

Col: adt {
	title:	string;
	align:	int;
	width:	int;
};

pad(s: string, w, align: int): string
{
	gap := w - len s;
	if(gap <= 0)
		return s;
	sp := "";
	for(i := 0; i < gap; i++)
		sp += " ";
	case align {
	LEFT =>	return s + sp;
	RIGHT =>	return sp + s;
	* =>
		l := gap/2;
		return sp[0:l] + s + sp[l:];
	}
}

isnum(s: string): int
{
	if(s == nil)
		return 0;
	for(i := 0; i < len s; i++)
		if((s[i] < '0' || s[i] > '9') && s[i] != '.' && s[i] != '-')
			return 0;
	return 1;
}

table(rows: array of array of string)
{
	ncol := 0;
	for(r := 0; r < len rows; r++)
		if(len rows[r] > ncol)
			ncol = len rows[r];
	cols := array[ncol] of Col;
	for(c := 0; c < ncol; c++){
		cols[c] = Col(rows[0][c], CENTRE, 0);
		allnum := 1;
		for(r = 0; r < len rows; r++){
			if(c >= len rows[r])
				continue;
			if(len rows[r][c] > cols[c].width)
				cols[c].width = len rows[r][c];
			if(r > 0 && !isnum(rows[r][c]))
				allnum = 0;
		}
		if(r > 1)
			cols[c].align = RIGHT;
		if(!allnum)
			cols[c].align = LEFT;
	}
	sep := "+";
	for(c = 0; c < ncol; c++){
		for(i := 0; i < cols[c].width+2; i++)
			sep[len sep] = '-';
		sep += "+";
	}
	sys->print("%s\n", sep);
	for(r = 0; r < len rows; r++){
		line := "|";
		for(c = 0; c < ncol; c++){
			v := "";
			if(c < len rows[r])
				v = rows[r][c];
			a := cols[c].align;
			if(r == 0)
				a = CENTRE;
			line += " " + pad(v, cols[c].width, a) + " |";
		}
		sys->print("%s\n", line);
		if(r == 0)
			sys->print("%s\n", sep);
	}
	sys->print("%s\n", sep);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create("/tmp/r008.csv", Sys->OWRITE, 8r644);
	sys->fprint(fd, "name,qty,price,note\nwidget,12,3.50,blue\ngadget,7,12.25,\nthingamajig,1000,0.05,bulk order\nÉclair,3,2.10,pâtisserie\n");
	fd = sys->open("/tmp/r008.csv", Sys->OREAD);
	buf := array[512] of byte;
	n := sys->read(fd, buf, len buf);
	(nl, lines) := sys->tokenize(string buf[0:n], "\n");
	rows := array[nl] of array of string;
	for(i := 0; lines != nil; lines = tl lines){
		(nf, f) := sys->tokenize(hd lines, ",");
		row := array[nf] of string;
		for(j := 0; f != nil; f = tl f)
			row[j++] = hd f;
		rows[i++] = row;
	}
	table(rows);
	sys->print("[%s][%s][%s]\n", pad("ab", 6, LEFT), pad("ab", 6, RIGHT), pad("ab", 7, CENTRE));
}
