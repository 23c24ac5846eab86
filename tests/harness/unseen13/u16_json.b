implement Jsonish;

include "sys.m";
	sys: Sys;
include "draw.m";

Jsonish: module {
	init: fn(nil: ref Draw->Context, nil: list of string);
};

Val: adt {
	pick {
	Num =>
		n: real;
	Str =>
		s: string;
	Arr =>
		a: cyclic list of ref Val;
	Obj =>
		keys: list of string;
		vals: cyclic list of ref Val;
	Null =>
	}
};

src: string;
pos: int;

err(m: string)
{
	raise sys->sprint("parse: %s at %d", m, pos);
}

ws()
{
	while(pos < len src && (src[pos] == ' ' || src[pos] == '\n' || src[pos] == '\t'))
		pos++;
}

expect(c: int)
{
	ws();
	if(pos >= len src || src[pos] != c)
		err(sys->sprint("expected '%c'", c));
	pos++;
}

parse(): ref Val
{
	ws();
	if(pos >= len src)
		err("eof");
	c := src[pos];
	case c {
	'"' =>
		pos++;
		st := pos;
		while(pos < len src && src[pos] != '"')
			pos++;
		s := src[st:pos];
		expect('"');
		return ref Val.Str(s);
	'[' =>
		pos++;
		l: list of ref Val;
		ws();
		if(src[pos] == ']'){ pos++; return ref Val.Arr(nil); }
		for(;;){
			l = parse() :: l;
			ws();
			if(src[pos] == ']')
				break;
			expect(',');
		}
		pos++;
		r: list of ref Val;
		for(; l != nil; l = tl l)
			r = hd l :: r;
		return ref Val.Arr(r);
	'{' =>
		pos++;
		ks: list of string;
		vs: list of ref Val;
		for(;;){
			k := parse();
			pick kk := k {
			Str => ks = kk.s :: ks;
			* => err("key not string");
			}
			expect(':');
			vs = parse() :: vs;
			ws();
			if(src[pos] == '}')
				break;
			expect(',');
		}
		pos++;
		return ref Val.Obj(ks, vs);
	'n' =>
		if(pos+4 <= len src && src[pos:pos+4] == "null"){ pos += 4; return ref Val.Null; }
		err("bad word");
	'-' or '0' to '9' =>
		st := pos;
		while(pos < len src && (src[pos] == '-' || src[pos] == '.' || src[pos] >= '0' && src[pos] <= '9'))
			pos++;
		return ref Val.Num(real src[st:pos]);
	}
	err(sys->sprint("unexpected '%c'", c));
	return nil;
}

show(v: ref Val, ind: int)
{
	pick x := v {
	Num =>	sys->print("%*snum %g\n", ind, "", x.n);
	Str =>	sys->print("%*sstr %q\n", ind, "", x.s);
	Null =>	sys->print("%*snull\n", ind, "");
	Arr =>
		sys->print("%*sarray of %d\n", ind, "", len x.a);
		for(l := x.a; l != nil; l = tl l)
			show(hd l, ind+2);
	Obj =>
		sys->print("%*sobject\n", ind, "");
		vl := x.vals;
		for(kl := x.keys; kl != nil; kl = tl kl){
			sys->print("%*s%s:\n", ind+2, "", hd kl);
			show(hd vl, ind+4);
			vl = tl vl;
		}
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	inputs := array[] of {
		"{\"name\": \"emu\", \"ver\": 4.5, \"tags\": [\"vm\", \"dis\", null], \"n\": []}",
		"[1, 2, [3, -4.25]]",
		"[1, 2,, 3]",
		"{\"a\" 1}",
	};
	for(i := 0; i < len inputs; i++){
		src = inputs[i];
		pos = 0;
		sys->print("input %d:\n", i);
		{
			show(parse(), 1);
		} exception e {
		"parse:*" =>
			sys->print(" error: %s\n", e);
		}
	}
}
