implement Phonebook;

include "sys.m";
	sys: Sys;
include "draw.m";

Phonebook: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Entry: adt {
	last:	string;
	first:	string;
	phone:	string;
	tag:	string;
};

lower(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'A' && s[i] <= 'Z')
			s[i] += 'a' - 'A';
	return s;
}

before(a, b: ref Entry): int
{
	la := lower(a.last);
	lb := lower(b.last);
	if(la != lb)
		return la < lb;
	return lower(a.first) <= lower(b.first);
}

# merge sort on lists
msort(l: list of ref Entry): list of ref Entry
{
	if(l == nil || tl l == nil)
		return l;
	a, b: list of ref Entry;
	n := 0;
	for(; l != nil; l = tl l){
		if(n++ & 1)
			a = hd l :: a;
		else
			b = hd l :: b;
	}
	return merge(msort(a), msort(b));
}

merge(a, b: list of ref Entry): list of ref Entry
{
	r: list of ref Entry;
	while(a != nil && b != nil){
		if(before(hd a, hd b)){
			r = hd a :: r;
			a = tl a;
		}else{
			r = hd b :: r;
			b = tl b;
		}
	}
	for(; a != nil; a = tl a)
		r = hd a :: r;
	for(; b != nil; b = tl b)
		r = hd b :: r;
	return rev(r);
}

rev(l: list of ref Entry): list of ref Entry
{
	r: list of ref Entry;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

normphone(s: string): string
{
	d := "";
	for(i := 0; i < len s; i++)
		if(s[i] >= '0' && s[i] <= '9')
			d[len d] = s[i];
	if(len d == 10)
		return "(" + d[0:3] + ") " + d[3:6] + "-" + d[6:];
	if(len d == 7)
		return d[0:3] + "-" + d[3:];
	return "?" + d;
}

dump(title: string, l: list of ref Entry)
{
	sys->print("%s\n", title);
	for(; l != nil; l = tl l){
		e := hd l;
		sys->print("  %-22s %-16s %s\n", e.last + ", " + e.first, normphone(e.phone), e.tag);
	}
}

hasprefix(s, p: string): int
{
	return len s >= len p && lower(s[0:len p]) == lower(p);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	raw := array[] of {
		("Okafor", "Ngozi", "555 201 3344", "work"),
		("lindqvist", "Sven", "555.987.1200", "family"),
		("Garcia", "Lucia", "8675309", "friend"),
		("Okafor", "Chidi", "(555) 201-9999", "family"),
		("Abernathy", "Ruth", "555-0000-111", "doctor"),
		("Garcia", "Ana", "555 444 1212", "work"),
		("Nakamura", "Ken", "5553338888", "friend"),
		("Lindqvist", "Astrid", "555 987 1201", "family"),
		("garcia", "lucia", "867-5309", "friend"),
		("Zed", "Zoe", "12", "?"),
	};
	book: list of ref Entry;
	for(i := 0; i < len raw; i++){
		(l, f, p, t) := raw[i];
		book = ref Entry(l, f, p, t) :: book;
	}
	dump("as entered (newest first):", book);

	book = msort(book);
	dump("\nsorted:", book);

	# remove duplicates (same name and same digits)
	out: list of ref Entry;
	dups := 0;
	for(l := book; l != nil; l = tl l){
		e := hd l;
		if(out != nil){
			p := hd out;
			if(lower(p.last) == lower(e.last) && lower(p.first) == lower(e.first)
			&& normphone(p.phone) == normphone(e.phone)){
				dups++;
				continue;
			}
		}
		out = e :: out;
	}
	book = rev(out);
	sys->print("\nremoved %d duplicate(s)\n", dups);

	queries := array[] of {"gar", "O", "lind", "x"};
	for(i = 0; i < len queries; i++){
		q := queries[i];
		sys->print("search '%s':", q);
		n := 0;
		for(l = book; l != nil; l = tl l)
			if(hasprefix((hd l).last, q)){
				sys->print(" %s %s;", (hd l).first, (hd l).last);
				n++;
			}
		if(n == 0)
			sys->print(" no match");
		sys->print("\n");
	}

	# group by tag (most recently seen tag first)
	tags: list of string;
	for(l = book; l != nil; l = tl l){
		t := (hd l).tag;
		seen := 0;
		for(tt := tags; tt != nil; tt = tl tt)
			if(hd tt == t)
				seen = 1;
		if(!seen)
			tags = t :: tags;
	}
	sys->print("\nby tag:\n");
	for(; tags != nil; tags = tl tags){
		sys->print("  %s:", hd tags);
		for(l = book; l != nil; l = tl l)
			if((hd l).tag == hd tags)
				sys->print(" %s", (hd l).first);
		sys->print("\n");
	}
}
