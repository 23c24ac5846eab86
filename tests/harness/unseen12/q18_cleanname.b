#args: -d /usr/inferno/../glenda/./lib// a/b/../../.. /// ./x/y/ ../../up b.b.b .
implement Cleanname;

include "sys.m";
	sys: Sys;
include "draw.m";

Cleanname: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# lexical path cleaning in the Plan 9 manner
clean(p: string): string
{
	if(p == nil)
		return ".";
	rooted := p[0] == '/';
	(nil, elems) := sys->tokenize(p, "/");
	stack: list of string;
	depth := 0;	# number of real (non-..) elements on the stack
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
		if(s == nil)
			s = hd stack;
		else
			s = hd stack + "/" + s;
	}
	if(rooted)
		return "/" + s;
	if(s == nil)
		return ".";
	return s;
}

basename(p: string, suffix: string): string
{
	p = clean(p);
	if(p == "/")
		return p;
	for(i := len p - 1; i >= 0; i--)
		if(p[i] == '/'){
			p = p[i+1:];
			break;
		}
	if(suffix != nil && len p > len suffix && p[len p - len suffix:] == suffix)
		p = p[0:len p - len suffix];
	return p;
}

dirname(p: string): string
{
	p = clean(p);
	for(i := len p - 1; i > 0; i--)
		if(p[i] == '/')
			return p[0:i];
	if(len p > 0 && p[0] == '/')
		return "/";
	return ".";
}

# join relative to a working directory, as a shell would
join(wd, p: string): string
{
	if(len p > 0 && p[0] == '/')
		return clean(p);
	return clean(wd + "/" + p);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr := sys->fildes(2);

	dflag := 0;
	suffix := ".b";
	argv = tl argv;
	while(argv != nil && len hd argv > 1 && (hd argv)[0] == '-'){
		case hd argv {
		"-d" =>	dflag = 1;
		"-s" =>
			argv = tl argv;
			if(argv == nil){
				sys->fprint(stderr, "cleanname: -s needs a suffix\n");
				raise "fail:usage";
			}
			suffix = hd argv;
		* =>
			sys->fprint(stderr, "cleanname: unknown option %s\n", hd argv);
			raise "fail:usage";
		}
		argv = tl argv;
	}
	if(argv == nil){
		sys->fprint(stderr, "usage: cleanname [-d] [-s suffix] path ...\n");
		raise "fail:usage";
	}
	sys->print("%-32s %-24s %-12s %s\n", "PATH", "CLEAN", "BASE", "DIR");
	for(; argv != nil; argv = tl argv){
		p := hd argv;
		d := "-";
		if(dflag)
			d = dirname(p);
		sys->print("%-32s %-24s %-12s %s\n", p, clean(p), basename(p, suffix), d);
	}
	wd := "/usr/glenda/src";
	rels := array[] of {"lib/../bin", "../../../..", "/dis/./sh.dis", "", "x/./y/../z"};
	for(i := 0; i < len rels; i++)
		sys->print("cd %s; %q -> %s\n", wd, rels[i], join(wd, rels[i]));
	# idempotence check
	bad := 0;
	for(i = 0; i < len rels; i++){
		c := join(wd, rels[i]);
		if(clean(c) != c)
			bad++;
	}
	sys->print("idempotence failures: %d\n", bad);
}
