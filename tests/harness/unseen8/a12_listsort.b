implement ListSort;

include "sys.m";
	sys: Sys;
include "draw.m";

ListSort: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

printl(label: string, l: list of string)
{
	sys->print("%s (%d):", label, len l);
	for(; l != nil; l = tl l)
		sys->print(" %s", hd l);
	sys->print("\n");
}

rev(l: list of string): list of string
{
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

# merge sort on lists
split(l: list of string): (list of string, list of string)
{
	a, b: list of string;
	while(l != nil){
		a = hd l :: a;
		l = tl l;
		if(l != nil){
			b = hd l :: b;
			l = tl l;
		}
	}
	return (a, b);
}

merge(a, b: list of string, less: ref fn(x, y: string): int): list of string
{
	r: list of string;
	while(a != nil && b != nil){
		if(less(hd b, hd a)){
			r = hd b :: r;
			b = tl b;
		}else{
			r = hd a :: r;
			a = tl a;
		}
	}
	for(; a != nil; a = tl a)
		r = hd a :: r;
	for(; b != nil; b = tl b)
		r = hd b :: r;
	return rev(r);
}

msort(l: list of string, less: ref fn(x, y: string): int): list of string
{
	if(l == nil || tl l == nil)
		return l;
	(a, b) := split(l);
	return merge(msort(a, less), msort(b, less), less);
}

lexless(x, y: string): int
{
	return x < y;
}

lenless(x, y: string): int
{
	return len x < len y;
}

lower(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'A' && s[i] <= 'Z')
			s[i] += 'a' - 'A';
	return s;
}

foldless(x, y: string): int
{
	return lower(x) < lower(y);
}

uniq(l: list of string): list of string
{
	r: list of string;
	prev := "";
	first := 1;
	for(; l != nil; l = tl l){
		if(first || hd l != prev)
			r = hd l :: r;
		prev = hd l;
		first = 0;
	}
	return rev(r);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	words := "pear" :: "Apple" :: "fig" :: "banana" :: "apple" :: "Cherry" :: "kiwi" :: "fig" :: "date" :: "Elderberry" :: "pear" :: nil;
	printl("input", words);
	printl("reversed", rev(words));
	printl("lex", msort(words, lexless));
	printl("length", msort(words, lenless));
	printl("folded", msort(words, foldless));
	printl("uniq", uniq(msort(words, lexless)));
	printl("empty", msort(nil, lexless));
	printl("single", msort("solo" :: nil, lexless));

	# array sort: insertion sort of the same words
	a := array[len words] of string;
	i := 0;
	for(l := words; l != nil; l = tl l)
		a[i++] = hd l;
	for(i = 1; i < len a; i++){
		v := a[i];
		j := i - 1;
		while(j >= 0 && a[j] > v){
			a[j+1] = a[j];
			j--;
		}
		a[j+1] = v;
	}
	sys->print("array:");
	for(i = 0; i < len a; i++)
		sys->print(" %s", a[i]);
	sys->print("\n");

	# joining
	j := "";
	for(l = uniq(msort(words, foldless)); l != nil; l = tl l){
		if(j != nil)
			j += ", ";
		j += hd l;
	}
	sys->print("joined: %s\n", j);
}
