implement Urlcodec;

include "sys.m";
	sys: Sys;
include "draw.m";

Urlcodec: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Url: adt {
	scheme:	string;
	host:	string;
	port:	int;
	path:	string;
	query:	list of (string, string);
	frag:	string;

	parse:	fn(s: string): (ref Url, string);
	text:	fn(u: self ref Url): string;
};

HEXDIGITS: con "0123456789ABCDEF";

safe(c: int): int
{
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~';
}

encode(s: string): string
{
	b := array of byte s;
	r := "";
	for(i := 0; i < len b; i++){
		c := int b[i];
		if(safe(c))
			r[len r] = c;
		else if(c == ' ')
			r += "+";
		else{
			r[len r] = '%';
			r[len r] = HEXDIGITS[c >> 4];
			r[len r] = HEXDIGITS[c & 15];
		}
	}
	return r;
}

hexval(c: int): int
{
	if(c >= '0' && c <= '9')
		return c - '0';
	if(c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if(c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	raise "url: bad hex digit";
}

decode(s: string): string
{
	b := array[len s] of byte;
	n := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c == '+')
			c = ' ';
		else if(c == '%'){
			if(i+2 >= len s)
				raise "url: truncated escape";
			c = hexval(s[i+1])*16 + hexval(s[i+2]);
			i += 2;
		}else if(c > 16r7F)
			raise "url: raw non-ascii";
		b[n++] = byte c;
	}
	return string b[0:n];
}

splitat(s: string, c: int): (string, string)
{
	for(i := 0; i < len s; i++)
		if(s[i] == c)
			return (s[0:i], s[i+1:]);
	return (s, nil);
}

Url.parse(s: string): (ref Url, string)
{
	u := ref Url("", "", 0, "/", nil, nil);
	{
		(sch, rest) := splitat(s, ':');
		if(rest == nil || len rest < 2 || rest[0:2] != "//")
			return (nil, "missing scheme");
		u.scheme = sch;
		rest = rest[2:];
		(rest, u.frag) = splitat(rest, '#');
		q: string;
		(rest, q) = splitat(rest, '?');
		(hostport, path) := splitat(rest, '/');
		u.path = "/" + decode(path);
		(u.host, rest) = splitat(hostport, ':');
		if(rest != nil){
			u.port = int rest;
			if(u.port <= 0 || string u.port != rest)
				return (nil, "bad port " + rest);
		}
		pairs: list of (string, string);
		(nil, kvs) := sys->tokenize(q, "&");
		for(; kvs != nil; kvs = tl kvs){
			(k, v) := splitat(hd kvs, '=');
			pairs = (decode(k), decode(v)) :: pairs;
		}
		for(; pairs != nil; pairs = tl pairs)
			u.query = hd pairs :: u.query;
	}exception e{
	"url:*" =>
		return (nil, e[5:]);
	}
	return (u, nil);
}

Url.text(u: self ref Url): string
{
	s := u.scheme + "://" + u.host;
	if(u.port)
		s += ":" + string u.port;
	s += u.path;
	sep := "?";
	for(q := u.query; q != nil; q = tl q){
		(k, v) := hd q;
		s += sep + encode(k) + "=" + encode(v);
		sep = "&";
	}
	if(u.frag != nil)
		s += "#" + u.frag;
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	strs := array[] of {"hello world", "a&b=c", "naïve café", "100%", "~user/x.y"};
	for(i := 0; i < len strs; i++){
		e := encode(strs[i]);
		sys->print("%-12s -> %-28s -> %s\n", strs[i], e, decode(e));
	}
	urls := array[] of {
		"http://example.com/a%20b/c?q=caf%C3%A9&lang=fr&empty=#top",
		"https://host:8443/path?x=1+2",
		"ftp:/nohost",
		"http://h:80x/",
		"http://h/%zz",
		"http://h/?k=%4",
		"http://h/ünï",
		"gopher://h:70",
	};
	for(i = 0; i < len urls; i++){
		(u, err) := Url.parse(urls[i]);
		if(u == nil){
			sys->print("%s: error %s\n", urls[i], err);
			continue;
		}
		sys->print("%s: host=%s port=%d path=%q nq=%d frag=%q\n", urls[i], u.host, u.port, u.path, len u.query, u.frag);
		for(q := u.query; q != nil; q = tl q){
			(k, v) := hd q;
			sys->print("\t%s = %q\n", k, v);
		}
		sys->print("\t=> %s\n", u.text());
	}
}
