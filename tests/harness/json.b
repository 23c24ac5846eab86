implement Json;

include "sys.m";
	sys: Sys;
include "draw.m";

Json: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Val: adt {
	pick {
	Null =>
	Bool =>
		b: int;
	Num =>
		n: real;
	Int =>
		i: big;
	Str =>
		s: string;
	Arr =>
		items: cyclic list of ref Val;
	Obj =>
		keys: list of string;
		vals: cyclic list of ref Val;
	}
	text: fn(v: self ref Val): string;
};

quote(s: string): string
{
	r := "\"";
	for(i := 0; i < len s; i++){
		c := s[i];
		case c {
		'"' =>	r += "\\\"";
		'\\' =>	r += "\\\\";
		'\n' =>	r += "\\n";
		'\t' =>	r += "\\t";
		* =>
			if(c < 16r20)
				r += sys->sprint("\\u%.4x", c);
			else
				r[len r] = c;
		}
	}
	return r + "\"";
}

Val.text(v: self ref Val): string
{
	pick x := v {
	Null =>
		return "null";
	Bool =>
		if(x.b)
			return "true";
		return "false";
	Num =>
		return sys->sprint("%g", x.n);
	Int =>
		return string x.i;
	Str =>
		return quote(x.s);
	Arr =>
		s := "[";
		for(l := x.items; l != nil; l = tl l){
			s += (hd l).text();
			if(tl l != nil)
				s += ",";
		}
		return s + "]";
	Obj =>
		s := "{";
		vl := x.vals;
		for(k := x.keys; k != nil; k = tl k){
			s += quote(hd k) + ":" + (hd vl).text();
			vl = tl vl;
			if(tl k != nil)
				s += ",";
		}
		return s + "}";
	}
	return "?";
}

indent(n: int): string
{
	s := "";
	while(n-- > 0)
		s += "  ";
	return s;
}

pretty(v: ref Val, depth: int): string
{
	pick x := v {
	Arr =>
		if(x.items == nil)
			return "[]";
		s := "[\n";
		for(l := x.items; l != nil; l = tl l){
			s += indent(depth + 1) + pretty(hd l, depth + 1);
			if(tl l != nil)
				s += ",";
			s += "\n";
		}
		return s + indent(depth) + "]";
	Obj =>
		if(x.keys == nil)
			return "{}";
		s := "{\n";
		vl := x.vals;
		for(k := x.keys; k != nil; k = tl k){
			s += indent(depth + 1) + quote(hd k) + ": " + pretty(hd vl, depth + 1);
			vl = tl vl;
			if(tl k != nil)
				s += ",";
			s += "\n";
		}
		return s + indent(depth) + "}";
	* =>
		return v.text();
	}
}

count(v: ref Val): (int, int)
{
	pick x := v {
	Arr =>
		(n, d) := (1, 0);
		for(l := x.items; l != nil; l = tl l){
			(cn, cd) := count(hd l);
			n += cn;
			if(cd > d)
				d = cd;
		}
		return (n, d + 1);
	Obj =>
		(n, d) := (1, 0);
		for(l := x.vals; l != nil; l = tl l){
			(cn, cd) := count(hd l);
			n += cn;
			if(cd > d)
				d = cd;
		}
		return (n, d + 1);
	}
	return (1, 0);
}

obj(kv: list of (string, ref Val)): ref Val
{
	keys: list of string;
	vals: list of ref Val;
	for(; kv != nil; kv = tl kv){
		(k, v) := hd kv;
		keys = k :: keys;
		vals = v :: vals;
	}
	# reverse back to source order
	rk: list of string;
	rv: list of ref Val;
	for(; keys != nil; keys = tl keys){
		rk = hd keys :: rk;
		rv = hd vals :: rv;
		vals = tl vals;
	}
	return ref Val.Obj(rk, rv);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	doc := obj(
		("name", ref Val.Str("Inferno \"4th\" ed")) ::
		("version", ref Val.Int(big 4)) ::
		("ratio", ref Val.Num(0.25)) ::
		("big", ref Val.Num(1.5e20)) ::
		("ok", ref Val.Bool(1)) ::
		("none", ref Val.Null()) ::
		("tags", ref Val.Arr(ref Val.Str("os") :: ref Val.Str("vm\tdis") :: nil)) ::
		("empty", ref Val.Arr(nil)) ::
		("nested", obj(("a", ref Val.Int(big -1)) :: ("b", obj(nil)) :: nil)) ::
		nil);
	sys->print("%s\n", doc.text());
	sys->print("%s\n", pretty(doc, 0));
	(n, d) := count(doc);
	sys->print("nodes=%d depth=%d\n", n, d);
	sys->print("%s\n", quote("ctl\u0001x\n"));
	if(tagof doc == tagof Val.Obj)
		sys->print("object tag %d\n", tagof doc);
}
