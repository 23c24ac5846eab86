implement RaiseStrings;

include "sys.m";
	sys: Sys;
include "draw.m";

RaiseStrings: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

thrower(s: string)
{
	raise s;
}

try(s: string)
{
	{
		thrower(s);
		sys->print("not raised\n");
	} exception e {
	"*" =>
		if(e == nil)
			sys->print("caught nil (len %d)\n", len e);
		else
			sys->print("caught %q len %d\n", e, len e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	try("simple");
	try("");
	try(nil);
	try("with spaces and \"quotes\"");
	try("tab\there");
	try("new\nline");
	try("ünïcödé ☺");
	try("*");
	try("fail:");
	try("fail:x");
	try("sys: something");
	s := "";
	for(i := 0; i < 40; i++)
		s += "0123456789";
	try(s);
	s = "";
	for(i = 0; i < 12; i++)
		s += "abcdefghij";
	try(s);
	# a raise of a string expression
	n := 7;
	{
		raise "n=" + string n;
	} exception e {
	"n=7" =>
		sys->print("exact n=7\n");
	"*" =>
		sys->print("other %s\n", e);
	}
	# raise a string from a case
	for(n = 0; n < 3; n++){
		{
			case n {
			0 => raise "zero";
			1 => raise "one";
			* => sys->print("no raise %d\n", n);
			}
		} exception e {
		"zero" or "one" =>
			sys->print("caught %s\n", e);
		}
	}
	sys->print("done\n");
}
