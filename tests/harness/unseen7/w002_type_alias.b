implement TypeAlias;

include "sys.m";
	sys: Sys;
include "draw.m";

TypeAlias: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Word: type string;
Count: type int;
Entry: type (Word, Count);
Table: type list of Entry;
Vec: type array of real;

bump(t: Table, w: Word): Table
{
	out: Table;
	found := 0;
	for(; t != nil; t = tl t){
		(k, c) := hd t;
		if(k == w){
			c++;
			found = 1;
		}
		out = (k, c) :: out;
	}
	if(!found)
		out = (w, 1) :: out;
	return rev(out);
}

rev(t: Table): Table
{
	r: Table;
	for(; t != nil; t = tl t)
		r = hd t :: r;
	return r;
}

norm1(v: Vec): real
{
	s := 0.0;
	for(i := 0; i < len v; i++)
		if(v[i] < 0.0)
			s -= v[i];
		else
			s += v[i];
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	words := array[] of {"the", "cat", "sat", "on", "the", "mat", "the", "cat"};
	t: Table = nil;
	for(i := 0; i < len words; i++)
		t = bump(t, words[i]);
	for(l := t; l != nil; l = tl l){
		(w, c) := hd l;
		sys->print("%-4s %d\n", w, c);
	}
	v: Vec = array[] of {1.5, -2.0, 0.25, -0.75};
	sys->print("norm1 = %g\n", norm1(v));
	c: Count = len t;
	sys->print("distinct = %d\n", c);
}
