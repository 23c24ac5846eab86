implement NamesPaths;

include "sys.m";
	sys: Sys;
include "draw.m";
include "names.m";
	names: Names;

NamesPaths: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	names = load Names Names->PATH;
	if(names == nil){
		sys->print("load names: %r\n");
		return;
	}
	paths := array[] of {
		"/a/b/../c/./d",
		"a//b///c/",
		"../../x/y",
		"/..",
		".",
		"",
		"/usr/inferno/lib/",
		"./x/./y/..",
		"#c/cons",
		"/",
	};
	for(i := 0; i < len paths; i++){
		p := paths[i];
		sys->print("%-20q clean=%-14q dir=%-12q base=%q\n",
			p, names->cleanname(p), names->dirname(p), names->basename(p, nil));
	}

	sys->print("basename with suffix: %q %q %q\n",
		names->basename("/src/prog.b", ".b"),
		names->basename("/src/prog.b", ".dis"),
		names->basename("archive.tar.gz", ".gz"));

	els := names->elements("/one/two//three/");
	sys->print("elements (%d):", len els);
	for(l := els; l != nil; l = tl l)
		sys->print(" <%s>", hd l);
	sys->print("\n");
	els = names->elements("rel/path");
	sys->print("elements rel (%d):", len els);
	for(l = els; l != nil; l = tl l)
		sys->print(" <%s>", hd l);
	sys->print("\n");
	sys->print("pathname: %q\n", names->pathname("/" :: "x" :: "y" :: nil));
	sys->print("pathname: %q\n", names->pathname("x" :: "y" :: "z" :: nil));

	pfx := array[] of {
		("/usr", "/usr/lib"),
		("/usr", "/usrlocal"),
		("/usr/", "/usr/lib"),
		("/", "/anything"),
		("/a/b", "/a/b"),
	};
	for(i = 0; i < len pfx; i++){
		(a, b) := pfx[i];
		sys->print("isprefix(%q, %q)=%d\n", a, b, names->isprefix(a, b));
	}

	sys->print("rooted: %q\n", names->rooted("/base", "rel/file"));
	sys->print("rooted: %q\n", names->rooted("/base", "/abs/file"));
	sys->print("rooted: %q\n", names->rooted("/base/", "../up"));
	sys->print("rooted: %q\n", names->rooted(nil, "x"));
	sys->print("relative: %q\n", names->relative("/a/b/c", "/a"));
	sys->print("relative: %q\n", names->relative("/a/b/c", "/a/b/c"));
	sys->print("relative: %q\n", names->relative("/x/y", "/a"));
}
