implement Jsonpp;

include "sys.m";
	sys: Sys;
include "draw.m";

Jsonpp: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Val: adt {
	pick {
	Str =>
		s:	string;
	Num =>
		n:	int;
	Bool =>
		b:	int;
	Null =>
	List =>
		items:	list of ref Val;
	Obj =>
		fields:	list of (string, ref Val);
	}
};

Lex: adt {
	s:	string;
	i:	int;
	skip:	fn(l: self ref Lex): int;
	value:	fn(l: self ref Lex): ref Val;
};

Lex.skip(l: self ref Lex): int
{
	while(l.i < len l.s && (l.s[l.i] == ' ' || l.s[l.i] == '\n'))
		l.i++;
	if(l.i >= len l.s)
		raise "parse:eof";
	return l.s[l.i];
}

Lex.value(l: self ref Lex): ref Val
{
	c := l.skip();
	case c {
	'"' =>
		st := ++l.i;
		while(l.i < len l.s && l.s[l.i] != '"')
			l.i++;
		v := ref Val.Str(l.s[st:l.i]);
		l.i++;
		return v;
	'0' to '9' or '-' =>
		st := l.i++;
		while(l.i < len l.s && l.s[l.i] >= '0' && l.s[l.i] <= '9')
			l.i++;
		return ref Val.Num(int l.s[st:l.i]);
	'[' =>
		l.i++;
		items: list of ref Val;
		if(l.skip() == ']'){
			l.i++;
			return ref Val.List(nil);
		}
		for(;;){
			items = l.value() :: items;
			c = l.skip();
			l.i++;
			if(c == ']')
				break;
			if(c != ',')
				raise "parse:expected , in list";
		}
		r: list of ref Val;
		for(; items != nil; items = tl items)
			r = hd items :: r;
		return ref Val.List(r);
	'{' =>
		l.i++;
		fields: list of (string, ref Val);
		for(;;){
			if(l.skip() == '}'){
				l.i++;
				break;
			}
			k := l.value();
			if(tagof k != tagof Val.Str)
				raise "parse:key must be string";
			if(l.skip() != ':')
				raise "parse:expected :";
			l.i++;
			pick ks := k {
			Str =>
				fields = (ks.s, l.value()) :: fields;
			}
			c = l.skip();
			if(c == ',')
				l.i++;
		}
		r: list of (string, ref Val);
		for(; fields != nil; fields = tl fields)
			r = hd fields :: r;
		return ref Val.Obj(r);
	* =>
		for(w := 0; w < 3; w++){
			word := array[] of {"true", "false", "null"};
			n := len word[w];
			if(l.i + n <= len l.s && l.s[l.i:l.i+n] == word[w]){
				l.i += n;
				case w {
				0 =>	return ref Val.Bool(1);
				1 =>	return ref Val.Bool(0);
				* =>	return ref Val.Null;
				}
			}
		}
	}
	raise sys->sprint("parse:bad character %c at %d", c, l.i);
}

indent(n: int): string
{
	s := "";
	for(i := 0; i < n; i++)
		s += "  ";
	return s;
}

pp(v: ref Val, depth: int): string
{
	pick x := v {
	Str =>	return sys->sprint("%q", x.s);
	Num =>	return string x.n;
	Bool =>
		if(x.b)
			return "true";
		return "false";
	Null =>	return "null";
	List =>
		if(x.items == nil)
			return "[]";
		s := "[\n";
		for(l := x.items; l != nil; l = tl l){
			s += indent(depth+1) + pp(hd l, depth+1);
			if(tl l != nil)
				s += ",";
			s += "\n";
		}
		return s + indent(depth) + "]";
	Obj =>
		s := "{\n";
		for(l := x.fields; l != nil; l = tl l){
			(k, fv) := hd l;
			s += indent(depth+1) + k + ": " + pp(fv, depth+1);
			if(tl l != nil)
				s += ",";
			s += "\n";
		}
		return s + indent(depth) + "}";
	}
	return "?";
}

count(v: ref Val): int
{
	n := 1;
	pick x := v {
	List =>
		for(l := x.items; l != nil; l = tl l)
			n += count(hd l);
	Obj =>
		for(l := x.fields; l != nil; l = tl l){
			(nil, fv) := hd l;
			n += count(fv);
		}
	}
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	docs := array[] of {
		"{\"name\": \"emu\", \"ports\": [564, 6666], \"debug\": false, \"root\": null,\n \"opts\": {\"r\": \"/usr/inferno\", \"g\": [] }}",
		"[1, -2, [true, \"x y\"]]",
		"{\"a\": 1 \"b\": 2}",
		"[1 2]",
		"{\"unterminated\": [1, ",
		"@",
	};
	for(i := 0; i < len docs; i++){
		l := ref Lex(docs[i], 0);
		{
			v := l.value();
			sys->print("doc %d (%d values):\n%s\n", i, count(v), pp(v, 0));
		} exception e {
		"parse:*" =>
			sys->print("doc %d: error: %s\n", i, e[6:]);
		}
	}
}
