implement Forth;

include "sys.m";
	sys: Sys;
include "draw.m";

Forth: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Word: adt {
	name:	string;
	prim:	ref fn(f: ref Interp);
	body:	list of string;
};

Interp: adt {
	ds:	list of int;
	dict:	list of ref Word;
	out:	string;

	push:	fn(f: self ref Interp, v: int);
	pop:	fn(f: self ref Interp): int;
	lookup:	fn(f: self ref Interp, name: string): ref Word;
	exec:	fn(f: self ref Interp, toks: list of string);
};

Interp.push(f: self ref Interp, v: int)
{
	f.ds = v :: f.ds;
}

Interp.pop(f: self ref Interp): int
{
	if(f.ds == nil)
		raise "stack empty";
	v := hd f.ds;
	f.ds = tl f.ds;
	return v;
}

Interp.lookup(f: self ref Interp, name: string): ref Word
{
	for(d := f.dict; d != nil; d = tl d)
		if((hd d).name == name)
			return hd d;
	return nil;
}

isnum(s: string): int
{
	if(s == "" || s == "-")
		return 0;
	for(i := 0; i < len s; i++)
		if(!(s[i] >= '0' && s[i] <= '9') && !(i == 0 && s[i] == '-'))
			return 0;
	return 1;
}

Interp.exec(f: self ref Interp, toks: list of string)
{
	while(toks != nil){
		t := hd toks;
		toks = tl toks;
		if(t == ":"){
			name := hd toks;
			toks = tl toks;
			body: list of string;
			while(hd toks != ";"){
				body = hd toks :: body;
				toks = tl toks;
			}
			toks = tl toks;
			rb: list of string;
			for(; body != nil; body = tl body)
				rb = hd body :: rb;
			f.dict = ref Word(name, nil, rb) :: f.dict;
			continue;
		}
		if(t == "if"){
			# collect until then, with optional else (no nesting)
			tpart, epart: list of string;
			inelse := 0;
			while(hd toks != "then"){
				if(hd toks == "else")
					inelse = 1;
				else if(inelse)
					epart = hd toks :: epart;
				else
					tpart = hd toks :: tpart;
				toks = tl toks;
			}
			toks = tl toks;
			c := f.pop();
			sel := epart;
			if(c != 0)
				sel = tpart;
			r: list of string;
			for(; sel != nil; sel = tl sel)
				r = hd sel :: r;
			f.exec(r);
			continue;
		}
		w := f.lookup(t);
		if(w != nil){
			if(w.prim != nil)
				w.prim(f);
			else
				f.exec(w.body);
		}else if(isnum(t))
			f.push(int t);
		else
			raise "unknown word " + t;
	}
}

padd(f: ref Interp) { b := f.pop(); f.push(f.pop() + b); }
psub(f: ref Interp) { b := f.pop(); f.push(f.pop() - b); }
pmul(f: ref Interp) { b := f.pop(); f.push(f.pop() * b); }
pdup(f: ref Interp) { a := f.pop(); f.push(a); f.push(a); }
pswap(f: ref Interp) { b := f.pop(); a := f.pop(); f.push(b); f.push(a); }
pover(f: ref Interp) { b := f.pop(); a := f.pop(); f.push(a); f.push(b); f.push(a); }
pdrop(f: ref Interp) { f.pop(); }
pdot(f: ref Interp) { f.out += string f.pop() + " "; }
plt(f: ref Interp) { b := f.pop(); a := f.pop(); if(a < b) f.push(-1); else f.push(0); }
peq(f: ref Interp) { b := f.pop(); a := f.pop(); if(a == b) f.push(-1); else f.push(0); }
pemit(f: ref Interp) { c := f.pop(); f.out[len f.out] = c; }

split(s: string): list of string
{
	r: list of string;
	(nil, l) := sys->tokenize(s, " \t");
	for(; l != nil; l = tl l)
		r = hd l :: r;
	rr: list of string;
	for(; r != nil; r = tl r)
		rr = hd r :: rr;
	return rr;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	f := ref Interp(nil, nil, "");
	prims := array[] of {
		("+", padd), ("-", psub), ("*", pmul), ("dup", pdup), ("swap", pswap),
		("over", pover), ("drop", pdrop), (".", pdot), ("<", plt), ("=", peq),
		("emit", pemit),
	};
	for(i := 0; i < len prims; i++){
		(n, p) := prims[i];
		f.dict = ref Word(n, p, nil) :: f.dict;
	}
	lines := array[] of {
		"2 3 + 4 * .",
		": sq dup * ; 7 sq . 12 sq .",
		": fact dup 1 < if drop 1 else dup 1 - fact * then ; 10 fact .",
		": fib dup 2 < if else dup 1 - fib swap 2 - fib + then ; 15 fib .",
		"72 emit 105 emit 33 emit",
		": abs dup 0 < if 0 swap - then ; -42 abs . 42 abs .",
		"1 2 3 + + + .",
		"5 frob",
		": sq 1 + ; 3 sq .",
	};
	for(i = 0; i < len lines; i++){
		f.out = "";
		{
			f.exec(split(lines[i]));
			sys->print("ok  > %s\n", f.out);
		} exception e {
		"stack empty" or "unknown*" =>
			sys->print("err > %s [%s]\n", f.out, e);
			f.ds = nil;
		}
	}
	n := 0;
	for(d := f.dict; d != nil; d = tl d)
		n++;
	sys->print("dictionary has %d words\n", n);
}
