implement Exprparse;

include "sys.m";
	sys: Sys;
include "draw.m";

Exprparse: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Parser: adt {
	s:	string;
	pos:	int;
	vars:	list of (string, int);

	error:	fn(p: self ref Parser, msg: string);
	skip:	fn(p: self ref Parser);
	expr:	fn(p: self ref Parser): int;
	term:	fn(p: self ref Parser): int;
	factor:	fn(p: self ref Parser): int;
	lookup:	fn(p: self ref Parser, name: string): int;
};

Parser.error(p: self ref Parser, msg: string)
{
	raise sys->sprint("parse:%d:%s", p.pos, msg);
}

Parser.skip(p: self ref Parser)
{
	while(p.pos < len p.s && p.s[p.pos] == ' ')
		p.pos++;
}

Parser.lookup(p: self ref Parser, name: string): int
{
	for(l := p.vars; l != nil; l = tl l){
		(n, v) := hd l;
		if(n == name)
			return v;
	}
	p.error("undefined " + name);
	return 0;
}

Parser.expr(p: self ref Parser): int
{
	v := p.term();
	for(;;){
		p.skip();
		if(p.pos >= len p.s)
			return v;
		c := p.s[p.pos];
		if(c != '+' && c != '-')
			return v;
		p.pos++;
		r := p.term();
		if(c == '+')
			v += r;
		else
			v -= r;
	}
}

Parser.term(p: self ref Parser): int
{
	v := p.factor();
	for(;;){
		p.skip();
		if(p.pos >= len p.s)
			return v;
		c := p.s[p.pos];
		if(c != '*' && c != '/' && c != '%')
			return v;
		p.pos++;
		at := p.pos;
		r := p.factor();
		if(r == 0 && c != '*'){
			p.pos = at;
			p.error("division by zero");
		}
		case c {
		'*' =>	v *= r;
		'/' =>	v /= r;
		'%' =>	v %= r;
		}
	}
}

Parser.factor(p: self ref Parser): int
{
	p.skip();
	if(p.pos >= len p.s)
		p.error("unexpected end");
	c := p.s[p.pos];
	if(c == '('){
		p.pos++;
		v := p.expr();
		p.skip();
		if(p.pos >= len p.s || p.s[p.pos] != ')')
			p.error("missing )");
		p.pos++;
		return v;
	}
	if(c == '-'){
		p.pos++;
		return -p.factor();
	}
	if(c >= '0' && c <= '9'){
		v := 0;
		while(p.pos < len p.s && p.s[p.pos] >= '0' && p.s[p.pos] <= '9')
			v = v*10 + p.s[p.pos++] - '0';
		return v;
	}
	if(c >= 'a' && c <= 'z'){
		st := p.pos;
		while(p.pos < len p.s && p.s[p.pos] >= 'a' && p.s[p.pos] <= 'z')
			p.pos++;
		return p.lookup(p.s[st:p.pos]);
	}
	p.error(sys->sprint("unexpected %c", c));
	return 0;
}

caret(n: int): string
{
	s := "";
	for(i := 0; i < n; i++)
		s += " ";
	return s + "^";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	vars := ("x", 7) :: ("y", -3) :: ("width", 640) :: nil;
	lines := array[] of {
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"width / (x + y) - 1",
		"",
		"# comment",
		"2 * (3 + 4",
		"10 / (x - 7)",
		"z + 1",
		"-(-x) % 4 + 100 / 7",
		"3 $ 4",
		"quit",
		"1 + 1",
	};
	ok := 0;
	bad := 0;
	for(i := 0; i < len lines; i++){
		l := lines[i];
		if(l == "" || l[0] == '#')
			continue;
		if(l == "quit")
			break;
		p := ref Parser(l, 0, vars);
		{
			v := p.expr();
			if(p.pos < len l)
				p.error("trailing junk");
			sys->print("%s = %d\n", l, v);
			ok++;
		}exception e{
		"parse:*" =>
			bad++;
			(nil, parts) := sys->tokenize(e, ":");
			col := int hd tl parts;
			sys->print("%s\n%s %s\n", l, caret(col), hd tl tl parts);
			continue;
		}
		sys->print("  (ok so far: %d)\n", ok);
	}
	sys->print("%d ok, %d errors\n", ok, bad);
}
