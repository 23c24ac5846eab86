implement Plugin;

include "sys.m";
	sys: Sys;
include "draw.m";

Plugin: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Filter: module
{
	filter:	fn(s: string): string;
};

Builtin: adt {
	name:	string;
	f:	ref fn(s: string): string;
};

upper(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'a' && s[i] <= 'z')
			s[i] -= 'a' - 'A';
	return s;
}

squash(s: string): string
{
	r := "";
	for(i := 0; i < len s; i++)
		if(s[i] != ' ')
			r[len r] = s[i];
	return r;
}

builtins: array of Builtin;

apply(name, s: string): string
{
	for(i := 0; i < len builtins; i++)
		if(builtins[i].name == name)
			return builtins[i].f(s);
	# not built in: try to load it as a module
	path := "/dis/filters/" + name + ".dis";
	sys->print("loading %s\n", path);
	m := load Filter path;
	return m->filter(s);	# forgot to check for nil
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	builtins = array[] of {Builtin("upper", upper), Builtin("squash", squash)};
	text := "the plugin chain demo";
	for(chain := "upper" :: "squash" :: "rot13" :: "upper" :: nil; chain != nil; chain = tl chain){
		text = apply(hd chain, text);
		sys->print("%s: %s\n", hd chain, text);
	}
}
