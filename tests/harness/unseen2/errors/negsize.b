# exercises negative array size, string index errors, string slice errors
implement Negsize;
include "sys.m";
include "draw.m";
sys: Sys;
Negsize: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	n := -3;
	{ a := array[n] of int; sys->print("%d\n", len a); } exception e { "*" => sys->print("neg: %s\n", e); }
	{ a := array[n] of byte; sys->print("%d\n", len a); } exception e { "*" => sys->print("negb: %s\n", e); }
	s := "abc";
	i := 3;
	{ sys->print("%c\n", s[i]); } exception e { "*" => sys->print("idx: %s\n", e); }
	i = -1;
	{ sys->print("%c\n", s[i]); } exception e { "*" => sys->print("idxneg: %s\n", e); }
	{ sys->print("%s\n", s[2:5]); } exception e { "*" => sys->print("slice: %s\n", e); }
	{ sys->print("%s\n", s[2:1]); } exception e { "*" => sys->print("slice2: %s\n", e); }
	i = 5;
	{ s[i] = 'x'; sys->print("%s\n", s); } exception e { "*" => sys->print("assign: %s\n", e); }
	i = 3;
	{ s[i] = 'x'; sys->print("%s\n", s); } exception e { "*" => sys->print("assign2: %s\n", e); }
	z := 0;
	{ a := array[z] of string; sys->print("zero %d\n", len a); } exception e { "*" => sys->print("zero: %s\n", e); }
}
