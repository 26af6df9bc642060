-- ShopDesk demo data (synthetic): tags that carry the words shoppers use where a product's name does not
-- ("perfume" for an Eau de Parfum, "靴子" for boots), as knowledge-base/products/products.csv now has them.
-- Recommendations narrow by these words (ProductQuery.matchesTerm); the table mirrors the file.
UPDATE products SET tags = 'hiking,outdoor,waterproof,instalments,靴子' WHERE sku = 'SHO-1003';
UPDATE products SET tags = 'boots,winter,instalments,靴子' WHERE sku = 'SHO-1012';
UPDATE products SET tags = 'audio,wireless,noise_cancelling,instalments,earphones' WHERE sku = 'ELE-3001';
UPDATE products SET tags = 'audio,wireless,noise_cancelling,instalments,earphones' WHERE sku = 'ELE-3002';
UPDATE products SET tags = 'wearable,fitness,instalments,smartwatch' WHERE sku = 'ELE-3006';
UPDATE products SET tags = 'fragrance,gift,instalments,perfume' WHERE sku = 'BEA-6009';
UPDATE products SET tags = 'baby,stroller,instalments,婴儿车' WHERE sku = 'KID-7005';
UPDATE products SET tags = 'boots,winter,waterproof,靴子' WHERE sku = 'SHO-1022';
UPDATE products SET tags = 'sleepwear,cotton,pajamas' WHERE sku = 'APP-2019';
UPDATE products SET tags = 'audio,wireless,earbuds,earphones' WHERE sku = 'ELE-3013';
UPDATE products SET tags = 'audio,wireless,earbuds,sport,earphones' WHERE sku = 'ELE-3014';
UPDATE products SET tags = 'audio,wireless,earbuds,earphones' WHERE sku = 'ELE-3015';
UPDATE products SET tags = 'audio,wireless,earbuds,earphones' WHERE sku = 'ELE-3016';
UPDATE products SET tags = 'audio,wired,earphones' WHERE sku = 'ELE-3017';
UPDATE products SET tags = 'reading,instalments,ereader' WHERE sku = 'ELE-3026';
UPDATE products SET tags = 'audio,wireless,earbuds,noise_cancelling,instalments,earphones' WHERE sku = 'ELE-3031';
UPDATE products SET tags = 'hiking,outdoor,backpack,双肩包' WHERE sku = 'SPO-5026';
UPDATE products SET tags = 'skincare,moisturizer' WHERE sku = 'BEA-6014';
UPDATE products SET tags = 'fragrance,gift,instalments,perfume' WHERE sku = 'BEA-6029';
