implement NilDeref;

include "sys.m";
	sys: Sys;
include "draw.m";

NilDeref: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Rec: adt {
	n: int;
	s: string;
	l: list of int;
	next: cyclic ref Rec;
	get: fn(r: self ref Rec): int;
	name: fn(r: self ref Rec): string;
};

Rec.get(r: self ref Rec): int
{
	return r.n;
}

Rec.name(nil: self ref Rec): string
{
	return "rec";
}

T: adt {
	a: int;
	b: string;
};

step := 0;

try(what: string, f: ref fn(): string)
{
	step++;
	{
		sys->print("%d %s: ok %s\n", step, what, f());
	} exception e {
	"*" =>
		sys->print("%d %s: %s\n", step, what, e);
	}
}

nr: ref Rec;
tr: ref T;

readn(): string { return string nr.n; }
reads(): string { return nr.s; }
writen(): string { nr.n = 1; return "written"; }
chain(): string { r := ref Rec(1, "a", nil, nil); return string r.next.n; }
chain2(): string { r := ref Rec(1, "a", nil, ref Rec(2, "b", nil, nil)); return string r.next.next.n; }
method(): string { return string nr.get(); }
method2(): string { return nr.name(); }
derefval(): string { t := *tr; return t.b; }
assignall(): string { *tr = T(1, "x"); return "assigned"; }
hdnil(): string { l: list of string; return hd l; }
tlnil(): string { l: list of string; l = tl l; return "tl"; }
hdtl(): string { l := 1 :: nil; return string hd tl l; }
tltl(): string { l := "x" :: nil; l = tl tl l; return "tltl"; }
lenlist(): string { l: list of int; return string len l; }
strnil(): string { s: string; return string s[0]; }
strlen(): string { s: string; return string len s; }
arrnil(): string { a: array of string; return a[0]; }
arrlen(): string { a: array of string; return string len a; }
tupfield(): string { r: ref Rec; (x, y) := (r.n, 2); return string (x+y); }
compare(): string { r: ref Rec; if(r == nil) return "is nil"; return "not"; }
fieldlist(): string { r := ref Rec(1, "a", nil, nil); return string hd r.l; }
incr(): string { nr.n++; return "incr"; }
addassign(): string { nr.s += "x"; return "add"; }

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	try("readn", readn);
	try("reads", reads);
	try("writen", writen);
	try("chain", chain);
	try("chain2", chain2);
	try("method", method);
	try("method2", method2);
	try("derefval", derefval);
	try("assignall", assignall);
	try("hdnil", hdnil);
	try("tlnil", tlnil);
	try("hdtl", hdtl);
	try("tltl", tltl);
	try("lenlist", lenlist);
	try("strnil", strnil);
	try("strlen", strlen);
	try("arrnil", arrnil);
	try("arrlen", arrlen);
	try("tupfield", tupfield);
	try("compare", compare);
	try("fieldlist", fieldlist);
	try("incr", incr);
	try("addassign", addassign);
	sys->print("done\n");
}
