implement MiniJson;

include "sys.m";
	sys: Sys;
include "draw.m";

MiniJson: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Value: adt {
	pick {
	Null =>
	Bool =>	b:	int;
	Num =>	n:	int;
	Str =>	s:	string;
	Arr =>	items:	array of ref Value;
	Obj =>	fields:	list of (string, ref Value);
	}
	text:	fn(v: self ref Value): string;
	get:	fn(v: self ref Value, key: string): ref Value;
};

Syntax: exception(int, string);

Parser: adt {
	s:	string;
	i:	int;

	ws:	fn(p: self ref Parser);
	expect:	fn(p: self ref Parser, c: int) raises (Syntax);
	value:	fn(p: self ref Parser): ref Value raises (Syntax);
};

Parser.ws(p: self ref Parser)
{
	while(p.i < len p.s && (p.s[p.i] == ' ' || p.s[p.i] == '\n'))
		p.i++;
}

Parser.expect(p: self ref Parser, c: int) raises (Syntax)
{
	p.ws();
	if(p.i >= len p.s || p.s[p.i] != c)
		raise Syntax(p.i, sys->sprint("expected '%c'", c));
	p.i++;
}

Parser.value(p: self ref Parser): ref Value raises (Syntax)
{
	# declared exceptions only reach the immediate caller: pass them on
	{
		p.ws();
		if(p.i >= len p.s)
			raise Syntax(p.i, "unexpected end");
		c := p.s[p.i];
		case c {
		'a' to 'z' =>
			st := p.i;
			while(p.i < len p.s && p.s[p.i] >= 'a' && p.s[p.i] <= 'z')
				p.i++;
			case p.s[st:p.i] {
			"null" =>	return ref Value.Null;
			"true" =>	return ref Value.Bool(1);
			"false" =>	return ref Value.Bool(0);
			}
			raise Syntax(st, "bad word " + p.s[st:p.i]);
		'-' or '0' to '9' =>
			st := p.i++;
			while(p.i < len p.s && p.s[p.i] >= '0' && p.s[p.i] <= '9')
				p.i++;
			return ref Value.Num(int p.s[st:p.i]);
		'"' =>
			st := ++p.i;
			while(p.i < len p.s && p.s[p.i] != '"')
				p.i++;
			if(p.i >= len p.s)
				raise Syntax(st-1, "unterminated string");
			return ref Value.Str(p.s[st:p.i++]);
		'[' =>
			p.i++;
			items: list of ref Value;
			p.ws();
			if(p.i < len p.s && p.s[p.i] == ']')
				p.i++;
			else{
				do{
					items = p.value() :: items;
					p.ws();
				}while(p.i < len p.s && p.s[p.i] == ',' && ++p.i);
				p.expect(']');
			}
			a := array[len items] of ref Value;
			for(j := len a - 1; j >= 0; items = tl items)
				a[j--] = hd items;
			return ref Value.Arr(a);
		'{' =>
			p.i++;
			fields: list of (string, ref Value);
			do{
				k := p.value();
				pick key := k {
				Str =>
					p.expect(':');
					fields = (key.s, p.value()) :: fields;
				* =>
					raise Syntax(p.i, "object key must be a string");
				}
				p.ws();
			}while(p.i < len p.s && p.s[p.i++] == ',');
			if(p.s[p.i-1] != '}')
				raise Syntax(p.i-1, "expected '}'");
			rev: list of (string, ref Value);
			for(; fields != nil; fields = tl fields)
				rev = hd fields :: rev;
			return ref Value.Obj(rev);
		}
		raise Syntax(p.i, sys->sprint("unexpected '%c'", c));
	} exception {
	Syntax =>
		raise;
	}
}

Value.text(v: self ref Value): string
{
	pick x := v {
	Null =>	return "null";
	Bool =>	if(x.b) return "true"; else return "false";
	Num =>	return string x.n;
	Str =>	return "\"" + x.s + "\"";
	Arr =>
		s := "";
		for(i := 0; i < len x.items; i++)
			s += "," + x.items[i].text();
		if(s == nil)
			return "[]";
		return "[" + s[1:] + "]";
	Obj =>
		s := "";
		for(l := x.fields; l != nil; l = tl l)
			s += "," + (hd l).t0 + ":" + (hd l).t1.text();
		return "{" + s[1:] + "}";
	}
	return nil;
}

Value.get(v: self ref Value, key: string): ref Value
{
	if(v != nil)	# nil-safe, so lookups can be chained
	pick x := v {
	Obj =>
		for(l := x.fields; l != nil; l = tl l)
			if((hd l).t0 == key)
				return (hd l).t1;
	}
	return nil;
}

parse(s: string): ref Value
{
	p := ref Parser(s, 0);
	{
		v := p.value();
		p.ws();
		if(p.i != len p.s)
			raise Syntax(p.i, "trailing text");
		return v;
	} exception e {
	Syntax =>
		sys->fprint(sys->fildes(2), "parse error at %d: %s\n", e.t0, e.t1);
	}
	return nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	docs := array[] of {
		"{\"name\": \"styx\", \"port\": 564, \"tags\": [\"9p\", \"fs\"], \"tls\": false}",
		"[1, -2, [3, [4, []]], null, true]",
		"{\"a\": {\"b\": {\"c\": \"deep\"}}}",
		"[1, 2,, 3]",
		"[nil]",
		"{\"k\" 1}",
		"{7: 1}",
		"\"open",
		"[1] 2",
	};
	for(i := 0; i < len docs; i++){
		v := parse(docs[i]);
		if(v == nil){ sys->print("doc %d: invalid\n", i); continue; }
		sys->print("doc %d: %s\n", i, v.text());
		if((port := v.get("port")) != nil)
			sys->print("  port = %s\n", port.text());
		if((c := v.get("a").get("b").get("c")) != nil)
			sys->print("  a.b.c = %s\n", c.text());
	}
}
