implement Typedexc;

include "sys.m";
	sys: Sys;
include "draw.m";

Typedexc: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Syntax: exception(string, int, int);	# message, line, column
Range: exception(int, int, int);	# value, lo, hi
Abort: exception;

Config: adt {
	keys:	list of (string, int);
	get:	fn(c: self ref Config, k: string, def: int): int;
};

Config.get(c: self ref Config, k: string, def: int): int
{
	for(l := c.keys; l != nil; l = tl l){
		(key, v) := hd l;
		if(key == k)
			return v;
	}
	return def;
}

parseline(s: string, line: int): (string, int) raises (Syntax, Range)
{
	eq := -1;
	for(i := 0; i < len s; i++)
		if(s[i] == '='){
			eq = i;
			break;
		}
	if(eq < 0)
		raise Syntax("missing =", line, len s);
	if(eq == 0)
		raise Syntax("missing key", line, 0);
	v := s[eq+1:];
	if(v == nil)
		raise Syntax("missing value", line, eq+1);
	for(i = 0; i < len v; i++)
		if(v[i] < '0' || v[i] > '9')
			raise Syntax("not a number", line, eq+1+i);
	n := int v;
	if(n > 1000)
		raise Range(n, 0, 1000);
	return (s[0:eq], n);
}

parse(text: string, strict: int): ref Config raises (Syntax, Range, Abort)
{
	c := ref Config(nil);
	(nil, lines) := sys->tokenize(text, "\n");
	for(line := 1; lines != nil; lines = tl lines){
		{
			(k, v) := parseline(hd lines, line);
			c.keys = (k, v) :: c.keys;
		}exception e{
		Range =>
			(v, lo, hi) := e;
			sys->print("  line %d: %d not in [%d,%d]", line, v, lo, hi);
			if(strict){
				sys->print(", aborting\n");
				raise Abort;
			}
			sys->print(", clamped\n");
			(k, nil) := splitkey(hd lines);
			c.keys = (k, hi) :: c.keys;
		Syntax =>
			raise e;
		}
		line++;
	}
	return c;
}

splitkey(s: string): (string, string)
{
	for(i := 0; i < len s; i++)
		if(s[i] == '=')
			return (s[0:i], s[i+1:]);
	return (s, nil);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	texts := array[] of {
		"width=80\nheight=24\ndepth=8",
		"width=80\nheight=5000\ndepth=8",
		"width=80\nheight\n",
		"width=8o",
		"=3",
		"a=",
	};
	for(strict := 0; strict <= 1; strict++){
		sys->print("strict=%d\n", strict);
		for(i := 0; i < len texts; i++){
			{
				c := parse(texts[i], strict);
				sys->print(" %d: width=%d height=%d depth=%d\n", i, c.get("width", -1), c.get("height", -1), c.get("depth", -1));
			}exception e{
			Syntax =>
				(msg, line, col) := e;
				sys->print(" %d: syntax error %d:%d: %s\n", i, line, col, msg);
			Abort =>
				sys->print(" %d: aborted\n", i);
			}
		}
	}
}
