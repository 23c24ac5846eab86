implement ErrstrSpawn;

include "sys.m";
	sys: Sys;
include "draw.m";

ErrstrSpawn: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

child(id: int, c: chan of string)
{
	s := sys->sprint("child %d sees [%r]", id);
	sys->werrstr("child " + string id + " error");
	c <-= s + sys->sprint(", then [%r]");
	{
		raise "child raise " + string id;
	} exception {
	"*" =>
		c <-= sys->sprint("child %d after raise [%r]", id);
	}
}

grandchild(c: chan of string)
{
	c <-= sys->sprint("grandchild sees [%r]");
}

middle(c: chan of string)
{
	sys->werrstr("middle's own");
	spawn grandchild(c);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of string;
	sys->werrstr("parent one");
	spawn child(1, c);
	sys->print("%s\n", <-c);
	sys->print("%s\n", <-c);
	sys->print("parent still [%r]\n");
	sys->werrstr("parent two");
	spawn child(2, c);
	sys->print("%s\n", <-c);
	sys->print("%s\n", <-c);
	sys->print("parent still [%r]\n");
	{
		raise "parent raise";
	} exception {
	"*" =>
		;
	}
	spawn child(3, c);
	sys->print("%s\n", <-c);
	sys->print("%s\n", <-c);
	spawn middle(c);
	sys->print("%s\n", <-c);
	sys->print("parent finally [%r]\n");
}
