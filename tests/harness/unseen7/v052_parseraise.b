implement Confparse;

include "sys.m";
	sys: Sys;
include "draw.m";

Confparse: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Setting: adt {
	key:	string;
	val:	int;
};

parse(line: string, ln: int): Setting
{
	(n, toks) := sys->tokenize(line, " =");
	if(n != 2)
		raise sys->sprint("config:%d: expected key = value", ln);
	v := hd tl toks;
	for(i := 0; i < len v; i++)
		if(v[i] < '0' || v[i] > '9')
			raise sys->sprint("config:%d: %q is not a number", ln, v);
	return Setting(hd toks, int v);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	conf := array[] of {
		"width = 80",
		"height = 24",
		"bad line here",
		"depth = 8",
		"tabs = eight",
	};
	total := 0;
	# the first error is tolerated, later ones are not
	tolerated := 0;
	for(i := 0; i < len conf; i++){
		{
			s := parse(conf[i], i+1);
			sys->print("%s -> %d\n", s.key, s.val);
			total += s.val;
		} exception e {
		"config:*" =>
			if(tolerated)
				raise e;
			tolerated = 1;
			sys->print("warning: %s\n", e);
		}
	}
	sys->print("total %d\n", total);
}
