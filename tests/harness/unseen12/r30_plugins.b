#args: upper rot13 reverse squeeze shout upper
implement Plugins, Filter;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

Plugins: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# the interface every text filter plugin provides
Filter: module
{
	ops:	fn(): list of string;
	apply:	fn(op, s: string): string;
};

Plugin: adt {
	path:	string;
	mod:	Filter;
	err:	string;
};

BADPLUGIN: con "/tmp/r_badplugin.dis";

ops(): list of string
{
	return "upper" :: "lower" :: "reverse" :: "rot13" :: "squeeze" :: nil;
}

apply(op, s: string): string
{
	case op {
	"upper" =>	return str->toupper(s);
	"lower" =>	return str->tolower(s);
	"reverse" =>
		r := "";
		for(i := len s - 1; i >= 0; i--)
			r[len r] = s[i];
		return r;
	"rot13" =>
		r := s;
		for(i := 0; i < len r; i++){
			c := r[i];
			if(c >= 'a' && c <= 'z')
				r[i] = 'a' + (c - 'a' + 13) % 26;
			else if(c >= 'A' && c <= 'Z')
				r[i] = 'A' + (c - 'A' + 13) % 26;
		}
		return r;
	"squeeze" =>
		(nil, words) := sys->tokenize(s, " \t");
		r := "";
		for(; words != nil; words = tl words){
			if(r != nil)
				r += " ";
			r += hd words;
		}
		return r;
	}
	return s;
}

loadplugin(path: string): ref Plugin
{
	p := ref Plugin(path, nil, nil);
	p.mod = load Filter path;
	if(p.mod == nil)
		p.err = sys->sprint("%r");
	return p;
}

# which loaded plugin offers op?
provider(plugins: array of ref Plugin, op: string): ref Plugin
{
	for(i := 0; i < len plugins; i++){
		p := plugins[i];
		if(p.mod == nil)
			continue;
		for(l := p.mod->ops(); l != nil; l = tl l)
			if(hd l == op)
				return p;
	}
	return nil;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;

	# a "plugin" that is not a Dis file at all
	fd := sys->create(BADPLUGIN, Sys->OWRITE, 8r644);
	sys->fprint(fd, "#!/bin/sh\necho not dis\n");
	fd = nil;

	paths := array[] of {"$self", "/dis/lib/r_nosuchfilter.dis", BADPLUGIN};
	plugins := array[len paths] of ref Plugin;
	for(i := 0; i < len paths; i++){
		plugins[i] = loadplugin(paths[i]);
		if(plugins[i].err != nil)
			sys->fprint(sys->fildes(2), "plugins: %s: %s\n", paths[i], plugins[i].err);
		else
			sys->print("loaded %s: %s\n", paths[i], str->quoted(plugins[i].mod->ops()));
	}
	sys->remove(BADPLUGIN);

	text := "  Hello,   Inferno   world  ";
	sys->print("input:   [%s]\n", text);
	for(args := tl argv; args != nil; args = tl args){
		op := hd args;
		p := provider(plugins, op);
		if(p == nil){
			sys->fprint(sys->fildes(2), "plugins: no filter %s\n", op);
			continue;
		}
		text = p.mod->apply(op, text);
		sys->print("%-8s [%s]\n", op+":", text);
	}

	# a careless last step: assume the second plugin loaded
	sys->print("trying %s directly\n", plugins[1].path);
	text = plugins[1].mod->apply("lower", text);
	sys->print("final:   [%s]\n", text);
}
