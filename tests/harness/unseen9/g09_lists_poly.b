implement ListsPoly;

include "sys.m";
	sys: Sys;
include "draw.m";
include "lists.m";
	lists: Lists;

ListsPoly: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

shout(s: string): string
{
	r := "";
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'a' && c <= 'z')
			c += 'A' - 'a';
		r[len r] = c;
	}
	return r + "!";
}

long(s: string): int
{
	return len s > 4;
}

nonempty(s: string): int
{
	return s != nil;
}

hasvowel(s: string): int
{
	for(i := 0; i < len s; i++)
		case s[i] {
		'a' or 'e' or 'i' or 'o' or 'u' =>
			return 1;
		}
	return 0;
}

pl(tag: string, l: list of string)
{
	sys->print("%-10s [", tag);
	sep := "";
	for(; l != nil; l = tl l){
		sys->print("%s%s", sep, hd l);
		sep = " ";
	}
	sys->print("]\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	lists = load Lists Lists->PATH;
	if(lists == nil){
		sys->print("no lists module: %r\n");
		return;
	}
	words := "cat" :: "giraffe" :: "ox" :: "elephant" :: "bee" :: "rhythm" :: nil;
	pl("words", words);
	pl("map", lists->map(shout, words));
	pl("filter", lists->filter(long, words));
	(yes, no) := lists->partition(long, words);
	pl("part.yes", yes);
	pl("part.no", no);
	sys->print("allsat nonempty=%d long=%d\n", lists->allsat(nonempty, words), lists->allsat(long, words));
	sys->print("anysat vowel=%d long(short)=%d\n", lists->anysat(hasvowel, words), lists->anysat(long, "a" :: "b" :: nil));
	pl("novowel", lists->filter(hasvowel, "rhythm" :: "myth" :: "try" :: nil));
	pl("reverse", lists->reverse(words));
	pl("append", lists->append(words, "zebra"));
	pl("concat", lists->concat("x" :: "y" :: nil, "z" :: nil));
	pl("combine", lists->combine("1" :: "2" :: nil, "3" :: "4" :: nil));
	sys->print("last=%s\n", lists->last(words));
	empty: list of string;
	pl("revnil", lists->reverse(empty));

	# lists of lists work too
	ll := ("a" :: "b" :: nil) :: ("c" :: nil) :: nil;
	ll = lists->reverse(ll);
	for(; ll != nil; ll = tl ll)
		pl("inner", hd ll);
}
