implement Regex;

include "sys.m";
	sys: Sys;
include "draw.m";

Regex: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# Pike VM instructions
ICHAR, IANY, ICLASS, ISPLIT, IJMP, IMATCH: con iota;

Inst: adt {
	op, c, x, y, neg:	int;
	cls:	string;	# class as lo,hi pairs
};

Compiler: adt {
	pat:	string;
	pos:	int;
	prog:	array of ref Inst;
	n:	int;
	emit:	fn(c: self ref Compiler, i: ref Inst): int;
	alts:	fn(c: self ref Compiler);
	cat:	fn(c: self ref Compiler);
	rep:	fn(c: self ref Compiler);
	atom:	fn(c: self ref Compiler);
};

Compiler.emit(c: self ref Compiler, i: ref Inst): int
{
	c.prog[c.n] = i;
	return c.n++;
}

mk(op, c, x, y: int): ref Inst
{
	return ref Inst(op, c, x, y, 0, nil);
}

insert(c: ref Compiler, start: int)
{
	c.emit(nil);
	for(i := c.n-1; i > start; i--){
		c.prog[i] = c.prog[i-1];
		if(c.prog[i].op == ISPLIT || c.prog[i].op == IJMP)
			(c.prog[i].x, c.prog[i].y) = (c.prog[i].x+1, c.prog[i].y+1);
	}
}

Compiler.alts(c: self ref Compiler)
{
	start := c.n;
	c.cat();
	if(c.pos < len c.pat && c.pat[c.pos] == '|'){
		c.pos++;
		insert(c, start);
		c.prog[start] = mk(ISPLIT, 0, start+1, 0);
		j := c.emit(mk(IJMP, 0, 0, 0));
		c.prog[start].y = c.n;
		c.alts();
		c.prog[j].x = c.prog[j].y = c.n;
	}
}

Compiler.cat(c: self ref Compiler)
{
	while(c.pos < len c.pat && c.pat[c.pos] != '|' && c.pat[c.pos] != ')')
		c.rep();
}

Compiler.rep(c: self ref Compiler)
{
	start := c.n;
	c.atom();
	if(c.pos >= len c.pat) return;
	case c.pat[c.pos] {
	'*' or '+' or '?' =>	op := c.pat[c.pos++];
		if(op == '+')
			c.emit(mk(ISPLIT, 0, start, c.n+1));
		else{
			insert(c, start);
			if(op == '*') c.emit(mk(IJMP, 0, start, start));
			c.prog[start] = mk(ISPLIT, 0, start+1, c.n);
		}
	}
}

Compiler.atom(c: self ref Compiler)
{
	ch := c.pat[c.pos++];
	case ch {
	'(' =>	c.alts();
		if(c.pos >= len c.pat || c.pat[c.pos] != ')') raise "regex: missing )";
		c.pos++;
	'.' =>	c.emit(mk(IANY, 0, 0, 0));
	'[' =>
		i := mk(ICLASS, 0, 0, 0);
		if(c.pat[c.pos] == '^')
			i.neg = c.pos++ > 0;
		while(c.pat[c.pos] != ']'){
			lo := hi := c.pat[c.pos++];
			if(c.pat[c.pos] == '-' && c.pat[c.pos+1] != ']'){
				hi = c.pat[c.pos+1];
				c.pos += 2;
			}
			i.cls[len i.cls] = lo;
			i.cls[len i.cls] = hi;
		}
		c.pos++;
		c.emit(i);
	'\\' =>	c.emit(mk(ICHAR, c.pat[c.pos++], 0, 0));
	* =>	c.emit(mk(ICHAR, ch, 0, 0));
	}
}

compile(pat: string): array of ref Inst
{
	c := ref Compiler(pat, 0, array[2*len pat+2] of ref Inst, 0);
	c.alts();
	if(c.pos < len c.pat) raise "regex: unexpected " + pat[c.pos:];
	c.emit(mk(IMATCH, 0, 0, 0));
	return c.prog[0:c.n];
}

addthread(prog: array of ref Inst, l: array of int, n: int, pc: int, mark: array of int, gen: int): int
{
	if(mark[pc] == gen) return n;
	mark[pc] = gen;
	i := prog[pc];
	case i.op {
	IJMP =>	return addthread(prog, l, n, i.x, mark, gen);
	ISPLIT =>
		n = addthread(prog, l, n, i.x, mark, gen);
		return addthread(prog, l, n, i.y, mark, gen);
	}
	l[n++] = pc;
	return n;
}

inclass(i: ref Inst, ch: int): int
{
	r := 0;
	for(k := 0; k < len i.cls; k += 2)
		if(ch >= i.cls[k] && ch <= i.cls[k+1])
			r = 1;
	return r ^ i.neg;
}

match(prog: array of ref Inst, s: string): int
{
	mark := array[len prog] of {* => -1};
	(cur, nxt) := (array[len prog] of int, array[len prog] of int);
	gen := 0;
	nc := addthread(prog, cur, 0, 0, mark, gen++);
	for(p := 0; p <= len s; p++){
		nn := 0;
		for(k := 0; k < nc; k++){
			i := prog[cur[k]];
			if(i.op == IMATCH && p == len s) return 1;
			if(p == len s) continue;
			ok := 0;
			case i.op {
			ICHAR =>	ok = i.c == s[p];
			IANY =>	ok = 1;
			ICLASS =>	ok = inclass(i, s[p]);
			}
			if(ok) nn = addthread(prog, nxt, nn, cur[k]+1, mark, gen);
		}
		gen++;
		(cur, nxt) = (nxt, cur);
		nc = nn;
	}
	return 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	yn := array[] of {"no", "yes"};
	tests := array[] of {
		("a(b|c)*d", array[] of {"ad", "abcbd", "abxd", "abc"}),
		("[a-z]+[0-9]?", array[] of {"hello", "hello7", "Hello", "x42"}),
		("(cat|dog)s?", array[] of {"cat", "dogs", "cow", "cats"}),
		("[^aeiou]*\\.", array[] of {"xyz.", "rhythm.", "audio.", "."}),
		("(a|b)*abb", array[] of {"abb", "aababb", "abab", "bbbabb"}),
	};
	for(t := 0; t < len tests; t++){
		(pat, strs) := tests[t];
		prog := compile(pat);
		sys->print("/%s/ (%d insts):", pat, len prog);
		for(j := 0; j < len strs; j++){
			sys->print(" %s=%s", strs[j], yn[match(prog, strs[j])]);
		}
		sys->print("\n");
	}
	compile("(ab");
}
