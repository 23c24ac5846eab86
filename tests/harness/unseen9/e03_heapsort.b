implement Heapsort;

include "sys.m";
	sys: Sys;
include "draw.m";

Heapsort: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

siftdown(a: array of int, i, n: int)
{
	for(;;){
		c := 2*i + 1;
		if(c >= n)
			break;
		if(c+1 < n && a[c+1] > a[c])
			c++;
		if(a[i] >= a[c])
			break;
		(a[i], a[c]) = (a[c], a[i]);
		i = c;
	}
}

heapsort(a: array of int)
{
	n := len a;
	for(i := n/2 - 1; i >= 0; i--)
		siftdown(a, i, n);
	for(end := n-1; end > 0; end--){
		(a[0], a[end]) = (a[end], a[0]);
		siftdown(a, 0, end);
	}
}

# a min-priority queue of tasks, growing its array as needed
Task: adt {
	pri:	int;
	name:	string;
};

PQ: adt {
	h:	array of ref Task;
	n:	int;

	new:	fn(): ref PQ;
	push:	fn(q: self ref PQ, t: ref Task);
	pop:	fn(q: self ref PQ): ref Task;
	empty:	fn(q: self ref PQ): int;
};

PQ.new(): ref PQ
{
	return ref PQ(array[2] of ref Task, 0);
}

PQ.empty(q: self ref PQ): int
{
	return q.n == 0;
}

before(a, b: ref Task): int
{
	if(a.pri != b.pri)
		return a.pri < b.pri;
	return a.name < b.name;
}

PQ.push(q: self ref PQ, t: ref Task)
{
	if(q.n == len q.h){
		nh := array[2*len q.h] of ref Task;
		nh[0:] = q.h;
		q.h = nh;
	}
	i := q.n++;
	q.h[i] = t;
	while(i > 0){
		p := (i-1)/2;
		if(!before(q.h[i], q.h[p]))
			break;
		(q.h[i], q.h[p]) = (q.h[p], q.h[i]);
		i = p;
	}
}

PQ.pop(q: self ref PQ): ref Task
{
	if(q.n == 0)
		return nil;
	top := q.h[0];
	q.n--;
	q.h[0] = q.h[q.n];
	q.h[q.n] = nil;
	i := 0;
	for(;;){
		l := 2*i+1;
		r := l+1;
		m := i;
		if(l < q.n && before(q.h[l], q.h[m]))
			m = l;
		if(r < q.n && before(q.h[r], q.h[m]))
			m = r;
		if(m == i)
			break;
		(q.h[i], q.h[m]) = (q.h[m], q.h[i]);
		i = m;
	}
	return top;
}

# k smallest from a stream using a bounded max-heap
ksmallest(stream: array of int, k: int): array of int
{
	h := array[k] of int;
	n := 0;
	for(i := 0; i < len stream; i++){
		v := stream[i];
		if(n < k){
			h[n++] = v;
			j := n-1;
			while(j > 0 && h[(j-1)/2] < h[j]){
				(h[j], h[(j-1)/2]) = (h[(j-1)/2], h[j]);
				j = (j-1)/2;
			}
		}else if(v < h[0]){
			h[0] = v;
			siftdown(h, 0, n);
		}
	}
	r := h[0:n];
	heapsort(r);
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := array[] of {19, 4, 88, 23, 4, 71, 0, -3, 56, 12, 99, 1, 37};
	heapsort(a);
	sys->print("heapsorted:");
	for(i := 0; i < len a; i++)
		sys->print(" %d", a[i]);
	sys->print("\n");

	q := PQ.new();
	names := array[] of {"backup", "compile", "deploy", "email", "fsck", "grep", "halt", "index"};
	pris := array[] of {5, 2, 9, 2, 1, 7, 9, 3};
	for(i = 0; i < len names; i++)
		q.push(ref Task(pris[i], names[i]));
	sys->print("queue capacity grew to %d\n", len q.h);
	while(!q.empty()){
		t := q.pop();
		sys->print("  run %-8s pri %d\n", t.name, t.pri);
	}
	if(q.pop() == nil)
		sys->print("empty pop gives nil\n");

	s := array[500] of int;
	x := 1;
	for(i = 0; i < len s; i++){
		x = (x * 69069 + 1) & 16rffff;
		s[i] = x % 10007;
	}
	k := ksmallest(s, 8);
	sys->print("8 smallest:");
	for(i = 0; i < len k; i++)
		sys->print(" %d", k[i]);
	sys->print("\n");
	heapsort(s);
	ok := 1;
	for(i = 0; i < 8; i++)
		if(s[i] != k[i])
			ok = 0;
	sys->print("agrees with full heapsort: %d; median %d\n", ok, s[len s/2]);
}
