implement ExcLocalDecl;

include "sys.m";
	sys: Sys;
include "draw.m";

ExcLocalDecl: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

G: exception(int);

glob(): string
{
	{
		raise G(4);
	} exception e {
	G =>
		n := e;
		return "G " + string n;
	}
	return "fell";
}

local(): string
{
	E: exception(int, string);
	{
		raise E(3, "x");
	} exception e {
	E =>
		(n, s) := e;
		return "typed " + string n + s;
	}
	return "fell";
}

deeper(k: int)
{
	for(i := 0; i < 2; i++){
		D: exception(string);
		if(i == k)
			raise D("d" + string i);
	}
	F: exception;
	raise F;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%s\n", local());
	sys->print("%s\n", glob());
	for(k := 0; k < 3; k++){
		{
			deeper(k);
		} exception e {
		"*" =>
			sys->print("deeper(%d): %s\n", k, e);
		}
	}
}
