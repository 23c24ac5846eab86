implement LoadMissing;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
include "names.m";

LoadMissing: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

JUNK: con "/tmp/g25_load_missing.dis";

tryload(path: string): String
{
	m := load String path;
	if(m == nil)
		sys->print("load %s: nil (%r)\n", path);
	else
		sys->print("load %s: ok\n", path);
	return m;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	# candidates tried in order, first one that loads wins
	cands := array[] of {
		"/dis/lib/no_such_string_module.dis",
		"/nonexistent/dir/string.dis",
		String->PATH,
	};
	str: String;
	for(i := 0; i < len cands && str == nil; i++)
		str = tryload(cands[i]);
	if(str != nil)
		sys->print("using loaded module: toupper -> %s\n", str->toupper("fallback worked"));

	# a file that is not a Dis object
	fd := sys->create(JUNK, Sys->OWRITE, 8r644);
	sys->fprint(fd, "this is not a dis file\n");
	fd = nil;
	j := load String JUNK;
	sys->print("load junk file: nil=%d\n", j == nil);
	sys->remove(JUNK);

	# loading the same path twice gives usable instances
	n1 := load Names Names->PATH;
	n2 := load Names Names->PATH;
	sys->print("names twice: %s %s\n", n1->cleanname("/a/./b"), n2->basename("/x/y.b", ".b"));

	# module with the wrong type signature: Names loaded as String
	w := load String Names->PATH;
	sys->print("wrong-type load nil=%d\n", w == nil);

	# finally call through a module reference that never loaded
	missing := load Names "/dis/lib/missing_names.dis";
	sys->print("about to use nil module (nil=%d)\n", missing == nil);
	s := missing->cleanname("/crash/here");
	sys->print("not reached: %s\n", s);
}
