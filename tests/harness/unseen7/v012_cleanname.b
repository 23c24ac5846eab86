implement Cleanname;

include "sys.m";
	sys: Sys;
include "draw.m";

Cleanname: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

cleanname(p: string): string
{
	if(p == "")
		return ".";
	rooted := p[0] == '/';
	(nil, elems) := sys->tokenize(p, "/");
	stack: list of string;
	depth := 0;
	for(; elems != nil; elems = tl elems){
		e := hd elems;
		case e {
		"." =>
			;
		".." =>
			if(depth > 0){
				stack = tl stack;
				depth--;
			}else if(!rooted)
				stack = ".." :: stack;
		* =>
			stack = e :: stack;
			depth++;
		}
	}
	s := "";
	for(; stack != nil; stack = tl stack){
		if(s == "")
			s = hd stack;
		else
			s = hd stack + "/" + s;
	}
	if(rooted)
		return "/" + s;
	if(s == "")
		return ".";
	return s;
}

basename(p, suffix: string): string
{
	while(len p > 1 && p[len p-1] == '/')
		p = p[0:len p-1];
	for(i := len p - 1; i >= 0; i--)
		if(p[i] == '/'){
			if(i < len p - 1)
				p = p[i+1:];
			break;
		}
	if(suffix != nil && len p > len suffix && p[len p - len suffix:] == suffix)
		p = p[0:len p - len suffix];
	return p;
}

dirname(p: string): string
{
	for(i := len p - 1; i >= 0; i--)
		if(p[i] == '/'){
			if(i == 0)
				return "/";
			return p[0:i];
		}
	return ".";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	paths := array[] of {
		"/usr/glenda/../inferno/./lib",
		"a/b/../../..",
		"///a//b///c/",
		"../x/./y/..",
		"/..",
		"",
		"./././",
		"/appl/cmd/limbo/limbo.b",
		"sh.dis",
	};
	for(i := 0; i < len paths; i++)
		sys->print("%-32q clean=%-22s base=%-10s dir=%s\n",
			paths[i], cleanname(paths[i]), basename(paths[i], nil), dirname(paths[i]));
	sys->print("basename -s .b: %s\n", basename("/appl/cmd/limbo/limbo.b", ".b"));
	sys->print("basename -s .dis: %s\n", basename("sh.dis", ".dis"));
	sys->print("basename -s whole: %s\n", basename(".dis", ".dis"));
}
