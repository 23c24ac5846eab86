implement StringModule;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

StringModule: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

join(l: list of string, sep: string): string
{
	r := "";
	for(; l != nil; l = tl l){
		r += hd l;
		if(tl l != nil)
			r += sep;
	}
	return r;
}

trim(s: string): string
{
	i := 0;
	j := len s;
	while(i < j && (s[i] == ' ' || s[i] == '\t'))
		i++;
	while(j > i && (s[j-1] == ' ' || s[j-1] == '\t'))
		j--;
	return s[i:j];
}

replace(s, old, new: string): string
{
	r := "";
	i := 0;
	while(i <= len s - len old){
		if(s[i:i+len old] == old){
			r += new;
			i += len old;
		} else
			r[len r] = s[i++];
	}
	return r + s[i:];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	s := "key=value; other = thing ;last=";
	(nil, parts) := sys->tokenize(s, ";");
	for(; parts != nil; parts = tl parts){
		(k, v) := str->splitl(hd parts, "=");
		if(v != nil)
			v = v[1:];
		sys->print("[%s] -> [%s]\n", trim(k), trim(v));
	}
	sys->print("upper %s lower %s\n", str->toupper("MiXeD 123 ü"), str->tolower("MiXeD 123 Ü"));
	(a, b) := str->splitr("/usr/local/bin/limbo", "/");
	sys->print("splitr: %s | %s\n", a, b);
	(c, d) := str->splitstrl("one<->two<->three", "<->");
	sys->print("splitstrl: %s | %s\n", c, d);
	sys->print("prefix %d %d\n", str->prefix("lim", "limbo"), str->prefix("limbo", "lim"));
	sys->print("in %d %d\n", str->in('x', "a-z"), str->in('X', "a-z"));
	(n, rest) := str->toint("  1234xyz", 10);
	sys->print("toint %d rest %s\n", n, rest);
	(h, nil) := str->toint("ff", 16);
	sys->print("hex ff = %d\n", h);
	sys->print("drop: %s\n", str->drop("   \tindent", " \t"));
	(tk, tr) := str->splitl("hello world", "o");
	sys->print("take: %s / %s\n", tk, tr);
	sys->print("quoted: %s\n", str->quoted("a" :: "b c" :: "it's" :: nil));
	words := str->unquoted("one 'two three' four");
	sys->print("unquoted: %d words, joined=%s\n", len words, join(words, "|"));
	sys->print("replace: %s\n", replace("the cat sat on the mat", "at", "og"));
	sys->print("replace2: %s\n", replace("aaaa", "aa", "b"));
	sys->fprint(sys->fildes(2), "join: %s\n", join("x" :: "y" :: "z" :: nil, ", "));
}
