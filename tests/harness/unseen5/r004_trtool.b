implement Trtool;

include "sys.m";
	sys: Sys;
include "draw.m";

Trtool: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# expand a-z style ranges, with \n and \t escapes
expand(set: string): string
{
	out := "";
	i := 0;
	while(i < len set){
		c := set[i];
		if(c == '\\' && i+1 < len set){
			i++;
			case set[i] {
			'n' =>	c = '\n';
			't' =>	c = '\t';
			* =>	c = set[i];
			}
		}
		if(i+2 < len set && set[i+1] == '-'){
			hi := set[i+2];
			for(x := c; x <= hi; x++)
				out[len out] = x;
			i += 3;
			continue;
		}
		out[len out] = c;
		i++;
	}
	return out;
}

index(s: string, c: int): int
{
	for(i := 0; i < len s; i++)
		if(s[i] == c)
			return i;
	return -1;
}

tr(s, from, tset: string, delete, squeeze: int): string
{
	f := expand(from);
	t := expand(tset);
	# pad 'to' with its last char
	if(len t > 0)
		while(len t < len f)
			t[len t] = t[len t - 1];
	out := "";
	last := -1;
	for(i := 0; i < len s; i++){
		c := s[i];
		k := index(f, c);
		if(k >= 0){
			if(delete)
				continue;
			c = t[k];
			if(squeeze && c == last)
				continue;
		}
		out[len out] = c;
		last = c;
	}
	return out;
}

visible(s: string): string
{
	r := "";
	for(i := 0; i < len s; i++)
		case s[i] {
		'\n' =>	r += "\\n";
		'\t' =>	r += "\\t";
		* =>	r[len r] = s[i];
		}
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	in := "Hello, World!\tThe quick  brown fox.\nÀ côté de 42 rue.\n";
	fd := sys->create("/tmp/r004.txt", Sys->ORDWR, 8r644);
	sys->fprint(fd, "%s", in);
	sys->seek(fd, big 0, Sys->SEEKSTART);
	buf := array[200] of byte;
	n := sys->read(fd, buf, len buf);
	s := string buf[0:n];
	sys->print("bytes=%d runes=%d\n", n, len s);
	sys->print("range a-c: %s\n", visible(expand("a-c0-3\\t")));
	sys->print("upper: %s\n", visible(tr(s, "a-z", "A-Z", 0, 0)));
	sys->print("rot13: %s\n", visible(tr(s, "a-zA-Z", "n-za-mN-ZA-M", 0, 0)));
	sys->print("delete vowels: %s\n", visible(tr(s, "aeiouAEIOU", "", 1, 0)));
	sys->print("squeeze spaces: %s\n", visible(tr(s, " \\t", " ", 0, 1)));
	sys->print("accents: %s\n", visible(tr(s, "Àô é", "Aoe_", 0, 0)));
	sys->print("digits: %s\n", visible(tr(s, "0-9", "#", 0, 1)));
	{
		sys->print("empty map: %s\n", visible(tr(s, "a-z", "", 0, 0)));
	}exception e{
	"dereference*" or "array bounds*" =>
		sys->print("empty map failed: %s\n", e);
	}
	sys->print("words: %s\n", visible(tr(tr(s, "0-9", "", 1, 0), " \\n\\t.,!", "\n", 0, 1)));
}
