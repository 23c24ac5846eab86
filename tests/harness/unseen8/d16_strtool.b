#args: name=inferno /appl/cmd/ls.b 0x1f 777 -42abc MiXeD 3.5e2 key=
implement StrTool;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

StrTool: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

analyse(s: string)
{
	sys->print("arg %q\n", s);
	(k, v) := str->splitl(s, "=");
	if(v != nil)
		sys->print("  assignment: key %q value %q\n", k, v[1:]);
	(dir, file) := str->splitr(s, "/");
	if(dir != nil){
		(base, ext) := str->splitr(file, ".");
		sys->print("  path: dir %q file %q", dir, file);
		if(base != nil)
			sys->print(" stem %q ext %q", base[0:len base-1], ext);
		sys->print("\n");
	}
	if(str->prefix("0x", s)){
		(n, rest) := str->toint(s[2:], 16);
		sys->print("  hex %d rest %q\n", n, rest);
	} else if(str->in(s[0], "0-9-")){
		(n, rest) := str->toint(s, 10);
		(o, orest) := str->toint(s, 8);
		(r, rrest) := str->toreal(s, 10);
		sys->print("  dec %d rest %q; oct %d rest %q; real %g rest %q\n", n, rest, o, orest, r, rrest);
	}
	lead := str->take(s, "a-zA-Z");
	if(lead != nil)
		sys->print("  letters %q lower %q upper %q tail %q\n",
			lead, str->tolower(lead), str->toupper(lead), str->drop(s, "a-zA-Z"));
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	args = tl args;
	sys->print("%d args: %s\n", len args, str->quoted(args));
	for(l := args; l != nil; l = tl l)
		analyse(hd l);

	# quoting round trips
	tricky := "plain" :: "two words" :: "it's" :: "" :: "tab\there" :: nil;
	q := str->quoted(tricky);
	sys->print("quoted: %s\n", q);
	back := str->unquoted(q);
	sys->print("unquoted %d items:", len back);
	for(; back != nil; back = tl back)
		sys->print(" <%s>", hd back);
	sys->print("\n");
	sys->print("quotedc: %s\n", str->quotedc("a,b" :: "c d" :: "e" :: nil, ","));
	sys->print("unquoted of messy: ");
	for(u := str->unquoted("  alpha  'beta gamma'  ''delta ''''  "); u != nil; u = tl u)
		sys->print("[%s]", hd u);
	sys->print("\n");

	(a, b) := str->splitstrl("key::value::more", "::");
	(c, d) := str->splitstrr("key::value::more", "::");
	sys->print("splitstrl %q %q, splitstrr %q %q\n", a, b, c, d);
	(e, f) := str->splitstrl("nothing here", "::");
	sys->print("no match: %q %q\n", e, f);
	sys->print("append: %s\n", str->quoted(str->append("z", "x" :: "y" :: nil)));
	(bg, nil) := str->tobig("123456789012345", 10);
	sys->print("tobig %bd doubled %bd\n", bg, bg*big 2);
	sys->print("in: %d %d %d\n", str->in('q', "a-z"), str->in('Q', "a-z"), str->in('Q', "^a-z"));
}
